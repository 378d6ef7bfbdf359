using System;
using System.Linq;
using System.ServiceModel;
using CrmTiering.Core.Policy;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.PolicyValidation;
using CrmTiering.Plugins.Tests.Recalculation;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Plugins.Tests.PolicyValidation;

/// <summary>An invalid ctier_TierPolicy is refused on save with Core's messages.</summary>
public sealed class ValidateTierPolicyTests
{
    private const string MissingTiers = "{\"windowMonths\": 12}";

    private static string Rejection(params string[] problems) => string.Format(ValidateTierPolicy.InvalidPolicyMessage, string.Join("\n", problems));

    private static Guid Definition(TieringOrganization org) =>
        org.Org.SystemService.RetrieveMultiple(new QueryExpression(EnvironmentVariableColumns.DefinitionTable)
        {
            ColumnSet = new ColumnSet(EnvironmentVariableColumns.SchemaName),
            Criteria = { Conditions = { new ConditionExpression(EnvironmentVariableColumns.SchemaName, ConditionOperator.Equal, EnvironmentVariableColumns.TierPolicySchemaName) } },
        }).Entities.Single().Id;

    private static Entity Value(TieringOrganization org, string json) => new(EnvironmentVariableColumns.ValueTable)
    {
        [EnvironmentVariableColumns.DefinitionId] = new EntityReference(EnvironmentVariableColumns.DefinitionTable, Definition(org)),
        [EnvironmentVariableColumns.Value] = json,
    };

    [Fact]
    public void A_current_value_without_tiers_is_refused_with_Cores_message()
    {
        var org = new TieringOrganization();

        var failure = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.Org.SystemService.Create(Value(org, MissingTiers)));

        Assert.Equal(Rejection(PolicyMessages.TiersMissing), failure.Detail.Message);
        Assert.Empty(org.Org.SystemService.RetrieveMultiple(new QueryExpression(EnvironmentVariableColumns.ValueTable)).Entities);
    }

    [Fact]
    public void Every_problem_is_listed_one_per_line()
    {
        var org = new TieringOrganization();
        var json = "{\"tiers\": [{\"name\": \"Gold\", \"minRevenue\": 100}, {\"name\": \"Rest\", \"minRevenue\": 0}], \"windowMonths\": \"twelve\", \"timeZone\": \"Mars/Olympus\"}";
        var expected = TierPolicy.TryParse(json).Problems;
        Assert.True(expected.Count >= 2);

        var failure = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.Org.SystemService.Create(Value(org, json)));

        Assert.Equal(Rejection(expected.ToArray()), failure.Detail.Message);
    }

    [Fact]
    public void A_policy_over_2000_characters_is_refused()
    {
        var org = new TieringOrganization();
        var json = DefaultTierPolicy.Json.TrimEnd().TrimEnd('}') + ", \"note\": \"" + new string('x', 2000) + "\"}";

        var failure = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.Org.SystemService.Create(Value(org, json)));

        Assert.Equal(Rejection(string.Format(PolicyMessages.TooLong, json.Length)), failure.Detail.Message);
    }

    [Fact]
    public void Changing_a_valid_current_value_into_an_invalid_one_is_refused_and_the_old_value_stays()
    {
        var org = new TieringOrganization();
        var value = org.Org.SystemService.Create(Value(org, DefaultTierPolicy.Json));

        var failure = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            org.Org.SystemService.Update(new Entity(EnvironmentVariableColumns.ValueTable, value) { [EnvironmentVariableColumns.Value] = "{\"tiers\": " }));

        Assert.StartsWith(Rejection(string.Empty).TrimEnd('\n'), failure.Detail.Message);
        Assert.Contains(TierPolicy.TryParse("{\"tiers\": ").Problems.Single(), failure.Detail.Message);
        Assert.Equal(DefaultTierPolicy.Json, org.Org.Peek(EnvironmentVariableColumns.ValueTable, value)!.GetAttributeValue<string>(EnvironmentVariableColumns.Value));
    }

    [Fact]
    public void An_invalid_default_value_is_refused()
    {
        var org = new TieringOrganization();

        var failure = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            org.Org.SystemService.Update(new Entity(EnvironmentVariableColumns.DefinitionTable, Definition(org)) { [EnvironmentVariableColumns.DefaultValue] = MissingTiers }));

        Assert.Equal(Rejection(PolicyMessages.TiersMissing), failure.Detail.Message);
    }

    [Fact]
    public void A_valid_policy_saves()
    {
        var org = new TieringOrganization();
        var json = DefaultTierPolicy.Json.Replace("500000", "250000");

        var value = org.Org.SystemService.Create(Value(org, json));

        Assert.Equal(json, org.Org.Peek(EnvironmentVariableColumns.ValueTable, value)!.GetAttributeValue<string>(EnvironmentVariableColumns.Value));
    }

    [Fact]
    public void An_iana_time_zone_is_refused_naming_the_windows_id_to_use()
    {
        var org = new TieringOrganization();
        var json = DefaultTierPolicy.Json.Replace("\"timeZone\":\"UTC\"", "\"timeZone\":\"Europe/Berlin\"");

        var failure = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.Org.SystemService.Create(Value(org, json)));

        Assert.Equal(Rejection("timeZone \"Europe/Berlin\" is an IANA id; use the Windows id \"W. Europe Standard Time\"."), failure.Detail.Message);
    }

    [Theory]
    [InlineData("UTC")]
    [InlineData("W. Europe Standard Time")]
    [InlineData("pacific standard time")]
    public void A_windows_time_zone_id_saves(string id)
    {
        var org = new TieringOrganization();
        var json = DefaultTierPolicy.Json.Replace("\"timeZone\":\"UTC\"", "\"timeZone\":\"" + id + "\"");

        var value = org.Org.SystemService.Create(Value(org, json));

        Assert.Equal(json, org.Org.Peek(EnvironmentVariableColumns.ValueTable, value)!.GetAttributeValue<string>(EnvironmentVariableColumns.Value));
    }

    [Fact]
    public void A_tier_value_the_ctier_tier_choice_lacks_is_refused_listing_the_allowed_values()
    {
        var org = new TieringOrganization();
        var json = DefaultTierPolicy.Json.Replace("512000002", "512000007");

        var failure = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.Org.SystemService.Create(Value(org, json)));

        Assert.Equal(
            Rejection("tiers[2].value 512000007 is not an option of the ctier_tier choice; allowed: 512000000 (Tier 1), 512000001 (Tier 2), 512000002 (Tier 3)."),
            failure.Detail.Message);
    }

    [Fact]
    public void A_fourth_tier_is_refused_because_the_choice_has_three_options()
    {
        var org = new TieringOrganization();
        var json = "{\"tiers\":[{\"name\":\"A\",\"minRevenue\":900},{\"name\":\"B\",\"minRevenue\":500},{\"name\":\"C\",\"minRevenue\":100},{\"name\":\"D\",\"minRevenue\":0}]}";

        var failure = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.Org.SystemService.Create(Value(org, json)));

        Assert.Equal(Rejection(TierPolicy.TryParse(json).Problems.Single()), failure.Detail.Message);
        Assert.Contains("tiers[3].value is absent and defaults to 512000003", failure.Detail.Message);
    }

    [Fact]
    public void Other_environment_variables_are_not_checked()
    {
        var org = new TieringOrganization();
        var other = org.Org.Seed(new Entity(EnvironmentVariableColumns.DefinitionTable) { [EnvironmentVariableColumns.SchemaName] = "contoso_Greeting" });

        org.Org.SystemService.Create(new Entity(EnvironmentVariableColumns.ValueTable)
        {
            [EnvironmentVariableColumns.DefinitionId] = new EntityReference(EnvironmentVariableColumns.DefinitionTable, other),
            [EnvironmentVariableColumns.Value] = "hello",
        });
        org.Org.SystemService.Update(new Entity(EnvironmentVariableColumns.DefinitionTable, other) { [EnvironmentVariableColumns.DefaultValue] = "{ not json" });

        Assert.Equal("{ not json", org.Org.Peek(EnvironmentVariableColumns.DefinitionTable, other)!.GetAttributeValue<string>(EnvironmentVariableColumns.DefaultValue));
    }
}
