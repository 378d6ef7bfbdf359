using System;
using System.Linq;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Policy;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tests.Recalculation;

/// <summary>The policy comes from ctier_TierPolicy (current value over default); a malformed one fails visibly.</summary>
public sealed class PolicyFailureTests
{
    private const string LowThresholds =
        "{\"tiers\":[{\"name\":\"Tier 1\",\"minRevenue\":1000},{\"name\":\"Tier 2\",\"minRevenue\":100},{\"name\":\"Tier 3\",\"minRevenue\":0}]}";

    [Fact]
    public void The_current_value_of_the_environment_variable_wins_over_its_default()
    {
        var org = new TieringOrganization(currentPolicyJson: LowThresholds);
        var account = org.AddAccount();

        org.CreatePaidInvoice(account, 5_000m);
        org.Drain();

        Assert.Equal(512000000, org.TierOf(account));
    }

    [Fact]
    public void A_malformed_policy_fails_the_job_marks_the_account_and_changes_no_tier()
    {
        // Given an account tiered under a valid policy
        var org = new TieringOrganization();
        var account = org.AddAccount();
        org.CreatePaidInvoice(account, 150_000m);
        org.Drain();
        Assert.Equal(512000001, org.TierOf(account));

        // When the admin's current value loses its tiers and revenue arrives
        org.Org.Seed(new Entity(EnvironmentVariableColumns.ValueTable)
        {
            [EnvironmentVariableColumns.DefinitionId] = new EntityReference(
                EnvironmentVariableColumns.DefinitionTable,
                org.Org.SystemService.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(EnvironmentVariableColumns.DefinitionTable)).Entities.Single().Id),
            [EnvironmentVariableColumns.Value] = "{\"tiers\": []}",
        });
        org.CreatePaidInvoice(account, 900_000m);
        org.Drain(failuresExpected: true);

        // Then the job failed naming the problem, the account says so, and its tier did not move
        var failed = Assert.Single(org.Pipeline.FailedJobs);
        Assert.Contains(PolicyMessages.TiersEmpty, failed.Error, StringComparison.Ordinal);
        var stored = org.Account(account);
        Assert.Equal((int)CalculationStatus.Failed, stored.GetAttributeValue<OptionSetValue>(AccountColumns.CalculationStatus).Value);
        Assert.Contains(PolicyMessages.TiersEmpty, stored.GetAttributeValue<string>(AccountColumns.CalculationError), StringComparison.Ordinal);
        Assert.Equal(512000001, org.TierOf(account));
        Assert.Equal(150_000m, org.Base(account, AccountColumns.PaidRevenue));
    }

    [Fact]
    public void The_next_successful_recalculation_clears_the_failure()
    {
        // Given a failed recalculation under a current value that is not JSON
        var org = new TieringOrganization(currentPolicyJson: "not json");
        var account = org.AddAccount();
        org.CreatePaidInvoice(account, 150_000m);
        org.Drain(failuresExpected: true);
        Assert.Equal((int)CalculationStatus.Failed, org.Account(account).GetAttributeValue<OptionSetValue>(AccountColumns.CalculationStatus).Value);

        // When the admin removes the current value (the default applies again) and revenue arrives
        var value = org.Org.SystemService.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(EnvironmentVariableColumns.ValueTable)).Entities.Single();
        org.Org.SystemService.Delete(EnvironmentVariableColumns.ValueTable, value.Id);
        org.CreatePaidInvoice(account, 1m);
        org.Drain();

        var stored = org.Account(account);
        Assert.Equal((int)CalculationStatus.Ok, stored.GetAttributeValue<OptionSetValue>(AccountColumns.CalculationStatus).Value);
        Assert.Null(stored.GetAttributeValue<string>(AccountColumns.CalculationError));
        Assert.Equal(512000001, org.TierOf(account));
    }
}
