using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.ServiceModel;
using CrmTiering.Emulator.Security;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Tests.AccountInputs;
using CrmTiering.Plugins.Tests.Foundation;
using CrmTiering.Plugins.Tests.Recalculation;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using EmulatorFaults = CrmTiering.Emulator.Faults.PlatformErrorCodes;

namespace CrmTiering.Plugins.Tests.Protection;

/// <summary>
/// Attacks on the tier: a rep writes a computed column on Create, Update or Merge, untagged, with every
/// tag the product knows, or with the bypass parameters. Trust comes from identity only (DESIGN
/// "Platform design"), so each attempt is rejected or dropped and changes nothing.
/// </summary>
public sealed class TierForgeryTests
{
    private const string BypassPlugins = "BypassCustomPluginExecution";
    private const string BypassLogic = "BypassBusinessLogicExecution";

    /// <summary>Every tag the product writes, and the seed tag it once trusted.</summary>
    public static readonly string[] KnownTags =
    {
        RecalculationTag.Recalculation, "ctier:recalc:Review", "ctier:recalc:Override", "ctier:recalc:Backfill",
        RecalculationTag.HistoryWritten, "ctier:seed",
    };

    public static IEnumerable<object?[]> Attempts() =>
        from message in new[] { "Create", "Update", "Merge" }
        from column in ComputedTierColumns.All
        from variant in new[] { "none" }.Concat(KnownTags).Concat(new[] { BypassPlugins, BypassLogic })
        select new object?[] { message, column, variant };

    [Theory]
    [MemberData(nameof(Attempts))]
    public void A_reps_write_of_a_computed_column_changes_nothing(string message, string column, string variant)
    {
        var org = new TieringOrganization();
        var account = StoredTier.Seed(org, StoredTier.Tier3, 10_000m);
        var before = org.Account(account);
        var forged = Forged(column);
        Assert.False(Same(forged, before.Contains(column) ? before[column] : null), $"the forged {column} must differ from the stored one");
        var request = Request(org, message, account, column, forged);
        Decorate(request, variant);

        FaultException<OrganizationServiceFault>? fault = null;
        try
        {
            org.User.Execute(request);
        }
        catch (FaultException<OrganizationServiceFault> thrown)
        {
            fault = thrown;
        }

        if (variant is BypassPlugins or BypassLogic)
        {
            Assert.Equal(EmulatorFaults.PrivilegeDenied, fault?.Detail.ErrorCode);
        }
        else if (message != "Merge")
        {
            Assert.Contains("calculated by CrmTiering and cannot be changed directly", fault?.Detail.Message ?? "(no fault)");
        }
        else
        {
            // A merge is not refused: the computed columns are dropped from its values.
            Assert.Null(fault);
        }

        var after = org.Account(account);
        foreach (var computed in ComputedTierColumns.All)
        {
            Assert.True(Same(before.Contains(computed) ? before[computed] : null, after.Contains(computed) ? after[computed] : null), $"{computed} changed");
        }

        Assert.Empty(org.History(account));
        if (message == "Create")
        {
            Assert.Single(org.Org.SystemService.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(AccountColumns.Table)).Entities);
        }
    }

    [Theory]
    [MemberData(nameof(Tags))]
    public void A_reps_tagged_override_is_recorded_exactly_as_an_untagged_one(string tag)
    {
        var org = new TieringOrganization();
        var untagged = StoredTier.Seed(org, StoredTier.Tier3, 10_000m, name: "Untagged");
        var tagged = StoredTier.Seed(org, StoredTier.Tier3, 10_000m, name: "Tagged");

        org.User.Update(Override(untagged));
        var request = new UpdateRequest { Target = Override(tagged) };
        request.Parameters[RecalculationTag.ParameterName] = tag;
        org.User.Execute(request);
        org.Drain();

        var plain = org.History(untagged);
        var labelled = org.History(tagged);
        var row = Assert.Single(plain);
        Assert.Equal(StoredTier.SourceOverride, row.GetAttributeValue<OptionSetValue>(TierChangeColumns.Source).Value);
        Assert.Equal(Describe(plain), Describe(labelled));
        foreach (var column in ComputedTierColumns.All.Where(c => c != AccountColumns.Reason))
        {
            var a = org.Account(untagged);
            var b = org.Account(tagged);
            Assert.True(Same(a.Contains(column) ? a[column] : null, b.Contains(column) ? b[column] : null), $"{column} differs");
        }
    }

    public static IEnumerable<object[]> Tags() => KnownTags.Select(tag => new object[] { tag });

    [Fact]
    public void A_user_named_SYSTEM_is_an_ordinary_user()
    {
        var org = new TieringOrganization();
        var account = StoredTier.Seed(org, StoredTier.Tier3, 10_000m);
        var impostor = org.Org.AddUser("SYSTEM", roles: new[] { StandardRoles.Salesperson });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            org.Org.ServiceFor(impostor).Update(new Entity(AccountColumns.Table, account) { [AccountColumns.Tier] = new OptionSetValue(StoredTier.Tier1) }));

        Assert.Contains("calculated by CrmTiering", fault.Detail.Message);
        Assert.Equal(StoredTier.Tier3, org.TierOf(account));
    }

    [Fact]
    public void SYSTEMs_own_recalculation_after_a_won_deal_still_moves_the_tier()
    {
        var org = new TieringOrganization();
        var account = org.AddAccount();
        var deal = org.CreateOpenOpportunity(account, 600_000m);
        org.Drain();

        org.Win(deal, 600_000m);
        org.Drain();

        Assert.Equal(StoredTier.Tier1, org.TierOf(account));
        Assert.Contains(org.History(account), row => row.GetAttributeValue<OptionSetValue>(TierChangeColumns.ToTier).Value == StoredTier.Tier1);
    }

    [Fact]
    public void A_rep_cannot_create_a_tier_history_row()
    {
        var org = new TieringOrganization();
        var account = StoredTier.Seed(org, StoredTier.Tier3, 10_000m);

        // The protection step (pre-operation) refuses before the core operation's privilege check would.
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.User.Create(ForgedSlip(account)));

        Assert.Contains("Tier history is written by CrmTiering only", fault.Detail.Message);
        Assert.Empty(org.History(account));
    }

    [Fact]
    public void A_Tiering_Administrator_cannot_create_a_tier_history_row()
    {
        var org = new TieringOrganization();
        var account = StoredTier.Seed(org, StoredTier.Tier3, 10_000m);
        var admin = org.Org.AddUser("Tiering admin", roles: new[] { StandardRoles.Salesperson, org.Solution.Role("Tiering Administrator") });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.Org.ServiceFor(admin).Create(ForgedSlip(account)));

        Assert.Contains("Tier history is written by CrmTiering only", fault.Detail.Message);
        Assert.Empty(org.History(account));
        Assert.DoesNotContain(org.Solution.Role("Tiering Administrator").Privileges.Keys, name => name.Equals("prvCreatectier_tierchange", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_System_Administrator_is_stopped_by_the_history_protection_step()
    {
        var org = new TieringOrganization();
        var account = StoredTier.Seed(org, StoredTier.Tier3, 10_000m);
        var admin = org.Org.AddUser("System admin", roles: new[] { StandardRoles.SystemAdministrator });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.Org.ServiceFor(admin).Create(ForgedSlip(account)));

        Assert.Contains("Tier history is written by CrmTiering only", fault.Detail.Message);
        Assert.Empty(org.History(account));
        org.Drain();
        Assert.Equal(0, org.Org.CountRows("task"));
    }

    /// <summary>The caveat the admin guide states: a System Administrator may bypass custom plug-ins, protection included.</summary>
    [Fact]
    public void A_System_Administrator_who_bypasses_custom_plugins_can_write_a_tier()
    {
        var org = new TieringOrganization();
        var account = StoredTier.Seed(org, StoredTier.Tier3, 10_000m);
        var admin = org.Org.AddUser("System admin", roles: new[] { StandardRoles.SystemAdministrator });
        var request = new UpdateRequest { Target = new Entity(AccountColumns.Table, account) { [AccountColumns.Tier] = new OptionSetValue(StoredTier.Tier1) } };
        request.Parameters[BypassPlugins] = true;

        org.Org.ServiceFor(admin).Execute(request);

        Assert.Equal(StoredTier.Tier1, org.TierOf(account));
        Assert.Empty(org.History(account));
    }

    [Fact]
    public void A_System_Administrator_cannot_flag_an_old_history_row_for_follow_up()
    {
        var org = new TieringOrganization();
        var account = org.AddAccount();
        var deal = org.CreateOpenOpportunity(account, 600_000m);
        org.Drain();
        org.Win(deal, 600_000m);
        org.Drain();
        var row = org.History(account).Last();
        var admin = org.Org.AddUser("System admin", roles: new[] { StandardRoles.SystemAdministrator });

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            org.Org.ServiceFor(admin).Update(new Entity(TierChangeColumns.Table, row.Id) { [TierChangeColumns.NeedsFollowUp] = true }));

        Assert.Contains("Tier history is written by CrmTiering only", fault.Detail.Message);
    }

    /// <summary>
    /// RecordTierChange on its own, for a write by a user that no earlier step labelled: whatever the tag
    /// says (even "the history is written already"), the row is written, with source Plugin.
    /// </summary>
    [Theory]
    [InlineData(RecalculationTag.HistoryWritten)]
    [InlineData("ctier:recalc:Backfill")]
    [InlineData("ctier:recalc:Review")]
    public void A_users_tag_neither_suppresses_nor_relabels_a_history_row(string tag)
    {
        var org = new TieringOrganization();
        var account = org.AddAccount();
        var context = new StubExecutionContext { MessageName = "Update", PrimaryEntityName = AccountColumns.Table, PrimaryEntityId = account, UserId = org.Rep };
        context.SharedVariables[RecalculationTag.ParameterName] = tag;
        context.PreEntityImages[Registration.StepImageNames.PreImage] = new Entity(AccountColumns.Table, account) { [AccountColumns.Tier] = new OptionSetValue(StoredTier.Tier2) };
        context.PostEntityImages[Registration.StepImageNames.PostImage] = new Entity(AccountColumns.Table, account)
        {
            [AccountColumns.Tier] = new OptionSetValue(StoredTier.Tier1),
            [AccountColumns.LastMovement] = new OptionSetValue(StoredTier.Promotion),
        };
        var services = new StubServiceProvider()
            .With<IPluginExecutionContext>(context)
            .With<ITracingService>(new RecordingTracingService())
            .With<IOrganizationServiceFactory>(new SystemOnlyFactory(org.Org.SystemService));

        new CrmTiering.Plugins.Recalculation.RecordTierChange().Execute(services);

        var row = Assert.Single(org.History(account));
        Assert.Equal(StoredTier.SourcePlugin, row.GetAttributeValue<OptionSetValue>(TierChangeColumns.Source).Value);
    }

    private sealed class SystemOnlyFactory : IOrganizationServiceFactory
    {
        private readonly IOrganizationService _system;

        public SystemOnlyFactory(IOrganizationService system) => _system = system;

        public IOrganizationService CreateOrganizationService(Guid? userId) => _system;
    }

    private static Entity ForgedSlip(Guid account) => new(TierChangeColumns.Table)
    {
        [TierChangeColumns.Name] = "Tier 1 → Tier 2 (Tier1Slip)",
        [TierChangeColumns.Account] = new EntityReference(AccountColumns.Table, account),
        [TierChangeColumns.FromTier] = new OptionSetValue(StoredTier.Tier1),
        [TierChangeColumns.ToTier] = new OptionSetValue(StoredTier.Tier2),
        [TierChangeColumns.Movement] = new OptionSetValue(StoredTier.Tier1Slip),
        [TierChangeColumns.Source] = new OptionSetValue(StoredTier.SourcePlugin),
        [TierChangeColumns.NeedsFollowUp] = true,
    };

    private static Entity Override(Guid account) => new(AccountColumns.Table, account)
    {
        [AccountColumns.TierOverride] = new OptionSetValue(StoredTier.Tier1),
        [AccountColumns.TierOverrideReason] = "Strategic logo",
    };

    private static string Describe(IEnumerable<Entity> rows) => string.Join(
        "; ",
        rows.Select(row => string.Join(
            ",",
            new[] { TierChangeColumns.FromTier, TierChangeColumns.ToTier, TierChangeColumns.Movement, TierChangeColumns.Source }
                .Select(c => row.GetAttributeValue<OptionSetValue>(c)?.Value.ToString() ?? "-"))));

    private static OrganizationRequest Request(TieringOrganization org, string message, Guid account, string column, object forged)
    {
        switch (message)
        {
            case "Create":
                return new CreateRequest { Target = new Entity(AccountColumns.Table) { [AccountColumns.Name] = "Forged", [column] = forged } };
            case "Update":
                return new UpdateRequest { Target = new Entity(AccountColumns.Table, account) { [column] = forged } };
            default:
                var subordinate = org.AddAccount("Subordinate");
                return new OrganizationRequest("Merge")
                {
                    ["Target"] = new EntityReference(AccountColumns.Table, account),
                    ["SubordinateId"] = subordinate,
                    ["UpdateContent"] = new Entity(AccountColumns.Table) { [column] = forged },
                    ["PerformParentingChecks"] = false,
                };
        }
    }

    private static void Decorate(OrganizationRequest request, string variant)
    {
        switch (variant)
        {
            case "none":
                break;
            case BypassPlugins:
                request.Parameters[BypassPlugins] = true;
                break;
            case BypassLogic:
                request.Parameters[BypassLogic] = "CustomSync,CustomAsync";
                break;
            default:
                request.Parameters[RecalculationTag.ParameterName] = variant;
                break;
        }
    }

    /// <summary>A value of the column's type that no stored account of these tests holds.</summary>
    private static object Forged(string column) => column switch
    {
        AccountColumns.LastMovement => new OptionSetValue(StoredTier.Tier1Slip),
        AccountColumns.Quadrant => new OptionSetValue(512000000),
        AccountColumns.CalculationStatus => new OptionSetValue(512000001),
        AccountColumns.Tier or AccountColumns.RevenueTier or AccountColumns.PreviousTier or AccountColumns.OnboardingTier or AccountColumns.HighestTier
            => new OptionSetValue(StoredTier.Tier1),
        AccountColumns.EffectiveRevenue or AccountColumns.WonRevenue or AccountColumns.PaidRevenue => new Money(9_999_999m),
        AccountColumns.ValueScore or AccountColumns.ShareOfWallet => 9.5m,
        AccountColumns.BelowPeak => true,
        AccountColumns.Reason or AccountColumns.CalculationError => "Forged",
        _ => new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    private static bool Same(object? a, object? b) => CrmTiering.Plugins.Data.ColumnValue.Same(a, b);
}
