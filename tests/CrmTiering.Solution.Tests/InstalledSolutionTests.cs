using System;
using System.IO;
using System.Linq;
using CrmTiering.Emulator;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Workflows;
using CrmTiering.Plugins.CustomApi;
using CrmTiering.Plugins.Data;
using CrmTiering.Solution.Emulation;
using CrmTiering.Workflows;

namespace CrmTiering.Solution.Tests;

/// <summary>The installed-solution fixture installs what Solution/src ships, and the generic emulator knows none of it.</summary>
public sealed class InstalledSolutionTests : IClassFixture<PackedSolution>
{
    private readonly PackedSolution _packed;

    public InstalledSolutionTests(PackedSolution packed) => _packed = packed;

    private static readonly string[] EmbeddedFolders = { "customapis", "Workflows", "Roles", "environmentvariabledefinitions" };

    [Fact]
    public void The_fixture_embeds_every_shipped_file_it_reads_and_nothing_the_source_lacks()
    {
        var onDisk = EmbeddedFolders
            .SelectMany(folder => Directory.GetFiles(Path.Combine(BuildLayout.SolutionSource, folder), "*", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(Path.Combine(BuildLayout.SolutionSource, "Entities"), "Entity.xml", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".xaml", StringComparison.Ordinal))
            .Append(Path.Combine(BuildLayout.SolutionSource, "Other", "Solution.xml"))
            .Select(f => Path.GetRelativePath(BuildLayout.SolutionSource, f).Replace('\\', '/'))
            .OrderBy(p => p, StringComparer.Ordinal);

        Assert.Equal(onDisk, ShippedSources.Paths);
        Assert.All(ShippedSources.Paths, p => Assert.Equal(File.ReadAllText(Path.Combine(BuildLayout.SolutionSource, p)), ShippedSources.Text(p)));
    }

    [Fact]
    public void The_generic_emulator_declares_no_product_table_or_column()
    {
        var org = new EmulatedOrganization();

        Assert.DoesNotContain(org.Tables.Declared, t => t.LogicalName.StartsWith("ctier_", StringComparison.Ordinal));
        Assert.DoesNotContain(org.Tables.Declared.SelectMany(t => t.MoneyColumns), c => c.StartsWith("ctier_", StringComparison.Ordinal));
        Assert.Equal(DateBehavior.UserLocal, org.Tables.Get(AccountColumns.Table).DateBehaviorOf(AccountColumns.TierOverrideUntil));
    }

    [Fact]
    public void Installing_declares_the_shipped_tables_ownership_money_and_date_only_columns()
    {
        var org = new EmulatedOrganization();

        InstalledSolution.Install(org);

        var account = org.Tables.Get(AccountColumns.Table);
        Assert.True(account.IsMoney(AccountColumns.EffectiveRevenue));
        Assert.True(account.IsMoney(AccountColumns.ExpectedAnnualRevenue));
        Assert.True(account.IsMoney("revenue"));
        Assert.False(account.IsMoney(AccountColumns.Base(AccountColumns.EffectiveRevenue)));
        Assert.Equal(DateBehavior.DateOnly, account.DateBehaviorOf(AccountColumns.TierOverrideUntil));
        Assert.Equal(DateBehavior.UserLocal, account.DateBehaviorOf(AccountColumns.CalculatedOn));
        Assert.Equal(1, account.ObjectTypeCode);
        var history = org.Tables.Get(TierChangeColumns.Table);
        Assert.Equal(TableOwnership.Organization, history.Ownership);
        Assert.True(history.IsMoney(TierChangeColumns.EffectiveRevenue));
        var queued = org.Tables.Get(TierRecalculationColumns.Table);
        Assert.Equal(TableOwnership.Organization, queued.Ownership);
        Assert.Equal(DateBehavior.DateOnly, queued.DateBehaviorOf(TierRecalculationColumns.BackfillFrom));
    }

    [Fact]
    public void The_Custom_API_is_the_shipped_definition()
    {
        var api = Assert.Single(InstalledSolution.Install(new EmulatedOrganization()).CustomApis);

        Assert.Equal(RecalculateTiersApi.UniqueName, api.UniqueName);
        Assert.Equal(typeof(CrmTiering.Plugins.RecalculateTiers), api.PluginType);
        Assert.Equal("prvCreatectier_tierrecalculation", api.ExecutePrivilegeName);
        Assert.Equal(
            new[] { (RecalculateTiersApi.From, typeof(DateTime), true), (RecalculateTiersApi.Mode, typeof(string), false), (RecalculateTiersApi.PageCookie, typeof(string), true), (RecalculateTiersApi.PageSize, typeof(int), true) },
            api.RequestParameters.Select(p => (p.UniqueName, p.Type, p.IsOptional)));
        Assert.Equal(
            new[] { (RecalculateTiersApi.Changed, typeof(int)), (RecalculateTiersApi.Failed, typeof(int)), (RecalculateTiersApi.MoreRecords, typeof(bool)), (RecalculateTiersApi.PageCookie, typeof(string)), (RecalculateTiersApi.Processed, typeof(int)), (RecalculateTiersApi.Queued, typeof(int)) },
            api.ResponseProperties.Select(p => (p.UniqueName, p.Type)));
    }

    [Fact]
    public void The_processes_are_read_from_the_shipped_XAML_and_data_files()
    {
        var processes = InstalledSolution.Install(new EmulatedOrganization()).Processes;

        var followUp = processes.FollowUp;
        Assert.Equal(Guid.Parse("19e2e70b-551b-5575-91fc-dffea5cbcc8b"), followUp.Id);
        Assert.Equal(TierChangeColumns.Table, followUp.PrimaryEntity);
        Assert.Equal(ProcessScope.Organization, followUp.Scope);
        Assert.False(followUp.OnDemand);
        Assert.Equal(new[] { TierChangeColumns.NeedsFollowUp }, followUp.Trigger!.Columns);
        Assert.Equal(new[] { "CustomActivityStep1", "CustomActivityStep4" }, followUp.Steps.Select(s => s.Name));
        Assert.IsType<EvaluateTierMovement>(followUp.Steps[0].Activity());
        Assert.IsType<CreateTierFollowUpTask>(followUp.Steps[1].Activity());
        Assert.Null(followUp.Steps[0].Condition);
        Assert.NotNull(followUp.Steps[1].Condition);
        Assert.Equal("CustomActivityStep4", processes.StepOf<CreateTierFollowUpTask>(followUp));

        var review = processes.QuarterlyReview;
        Assert.Equal(AccountColumns.Table, review.PrimaryEntity);
        Assert.True(review.OnDemand);
        Assert.Null(review.Trigger);
        Assert.IsType<ReviewAccountTier>(Assert.Single(review.Steps).Activity());
    }

    [Fact]
    public void The_shipped_roles_and_the_policy_variable_are_installed()
    {
        var org = new EmulatedOrganization();

        var solution = InstalledSolution.Install(org);

        Assert.Equal(new[] { "Tiering Administrator", "Tiering Manager", "Tiering User" }, solution.Roles.Keys.OrderBy(n => n, StringComparer.Ordinal));
        Assert.All(solution.Roles.Values, role => Assert.Contains(org.Directory.Roles, r => r.Id == role.Id));
        Assert.Contains("prvCreatectier_tierrecalculation", solution.Role("Tiering Administrator").Privileges.Keys);
        var definition = org.Peek(EnvironmentVariableColumns.DefinitionTable, solution.PolicyDefinitionId)!;
        Assert.Equal(EnvironmentVariableColumns.TierPolicySchemaName, definition[EnvironmentVariableColumns.SchemaName]);
        Assert.Equal(
            ShippedSources.Xml("environmentvariabledefinitions/ctier_TierPolicy/environmentvariabledefinition.xml").Element("defaultvalue")!.Value,
            definition[EnvironmentVariableColumns.DefaultValue]);
    }

    [Fact]
    public void Installing_leaves_the_solution_step_and_custom_api_rows_the_packed_managed_zip_imports()
    {
        var org = new EmulatedOrganization();
        InstalledSolution.Install(org);

        var manifest = PackedSolution.Xml(_packed.Managed, "solution.xml").Element("SolutionManifest")!;
        var solution = Assert.Single(Rows(org, SolutionComponentRows.SolutionTable));
        Assert.Equal(manifest.Element("UniqueName")!.Value, solution.GetAttributeValue<string>("uniquename"));
        Assert.Equal(manifest.Element("Version")!.Value, solution.GetAttributeValue<string>("version"));
        Assert.True(solution.GetAttributeValue<bool>("ismanaged"));

        var packedSteps = PackedSolution.Xml(_packed.Managed, "customizations.xml").Element("SdkMessageProcessingSteps")!.Elements("SdkMessageProcessingStep")
            .ToDictionary(s => Guid.Parse(s.Attribute("SdkMessageProcessingStepId")!.Value), s => s.Element("Stage")!.Value);
        var installedSteps = Rows(org, SolutionComponentRows.StepTable).ToDictionary(r => r.Id, r => r.GetAttributeValue<Microsoft.Xrm.Sdk.OptionSetValue>("stage").Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(packedSteps.OrderBy(p => p.Key), installedSteps.OrderBy(p => p.Key));
        Assert.All(Rows(org, SolutionComponentRows.StepTable), r => Assert.Equal(0, r.GetAttributeValue<Microsoft.Xrm.Sdk.OptionSetValue>("statecode").Value));

        var api = Assert.Single(Rows(org, SolutionComponentRows.CustomApiTable));
        Assert.Equal(RecalculateTiersApi.UniqueName, api.GetAttributeValue<string>("uniquename"));
        Assert.Equal(ShippedCustomApis.Load(RecalculateTiersApi.UniqueName).ExecutePrivilegeName, api.GetAttributeValue<string>("executeprivilegename"));
        Assert.Contains(Rows(org, SolutionComponentRows.MessageTable), m => m.GetAttributeValue<string>("name") == "Win");
    }

    private static System.Collections.Generic.IReadOnlyList<Microsoft.Xrm.Sdk.Entity> Rows(EmulatedOrganization org, string table) =>
        org.ServiceFor(org.SystemUserId).RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(table) { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet(true) }).Entities.ToList();
}
