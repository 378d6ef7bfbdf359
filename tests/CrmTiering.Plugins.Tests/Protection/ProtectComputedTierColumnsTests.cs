using System.Linq;
using System.ServiceModel;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Protection;
using CrmTiering.Plugins.Tests.AccountInputs;
using CrmTiering.Plugins.Tests.Recalculation;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmTiering.Plugins.Tests.Protection;

/// <summary>The computed tier columns belong to SYSTEM, through the emulator with the shipped registrations.</summary>
public sealed class ProtectComputedTierColumnsTests
{
    private static string Rejection(params string[] columns) =>
        string.Format(ProtectComputedTierColumns.ComputedColumnsRejected, string.Join(", ", columns), string.Join(", ", TierInputColumns.All));

    [Fact]
    public void A_rep_who_sets_a_tier_directly_is_rejected_with_the_inputs_to_change_and_nothing_is_written()
    {
        // Given a Tier 3 account
        var org = new TieringOrganization();
        var account = StoredTier.Seed(org, StoredTier.Tier3, 10_000m);
        var before = org.Account(account);

        // When a rep saves Tier 1 into the tier column, with a name change
        var failure = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.User.Update(new Entity(AccountColumns.Table, account)
        {
            [AccountColumns.Name] = "Renamed",
            [AccountColumns.Tier] = new OptionSetValue(StoredTier.Tier1),
        }));

        // Then the save fails naming the column and the inputs, and the account is untouched
        Assert.Equal(Rejection(AccountColumns.Tier), failure.Detail.Message);
        var after = org.Account(account);
        Assert.Equal(StoredTier.Tier3, StoredTier.Option(after, AccountColumns.Tier));
        Assert.Equal(before.GetAttributeValue<string>(AccountColumns.Name), after.GetAttributeValue<string>(AccountColumns.Name));
        Assert.Empty(org.History(account));
    }

    [Fact]
    public void A_rep_cannot_create_an_account_with_calculated_revenue()
    {
        var org = new TieringOrganization();

        var failure = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.User.Create(new Entity(AccountColumns.Table)
        {
            [AccountColumns.Name] = "Fabrikam",
            [AccountColumns.EffectiveRevenue] = new Money(900_000m),
        }));

        Assert.Equal(Rejection(AccountColumns.EffectiveRevenue), failure.Detail.Message);
        Assert.Empty(org.Org.SystemService.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(AccountColumns.Table)).Entities);
    }

    [Fact]
    public void A_form_resending_unchanged_tier_values_saves_and_the_values_are_dropped()
    {
        // Given a Tier 2 account
        var org = new TieringOrganization();
        var account = StoredTier.Seed(org, StoredTier.Tier2, 200_000m);
        var stored = org.Account(account);

        // When a form saves a name change and resends the tier, revenue and reason as they are
        org.User.Update(new Entity(AccountColumns.Table, account)
        {
            [AccountColumns.Name] = "Renamed",
            [AccountColumns.Tier] = new OptionSetValue(StoredTier.Tier2),
            [AccountColumns.EffectiveRevenue] = stored.GetAttributeValue<Money>(AccountColumns.EffectiveRevenue),
            [AccountColumns.Reason] = stored.GetAttributeValue<string>(AccountColumns.Reason),
            [AccountColumns.BelowPeak] = null,
        });

        // Then the save succeeds, the values were dropped from the save (no history step fired), the tier is unchanged
        Assert.Equal("Renamed", org.Account(account).GetAttributeValue<string>(AccountColumns.Name));
        Assert.Equal(StoredTier.Tier2, org.TierOf(account));
        Assert.Contains(org.Pipeline.Traces, t => t.Text.Contains("Dropped " + AccountColumns.Tier));
        Assert.Empty(org.History(account));
    }

    [Fact]
    public void Only_the_changed_columns_are_named_when_a_form_mixes_resent_and_changed_values()
    {
        var org = new TieringOrganization();
        var account = StoredTier.Seed(org, StoredTier.Tier2, 200_000m);

        var failure = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.User.Update(new Entity(AccountColumns.Table, account)
        {
            [AccountColumns.Tier] = new OptionSetValue(StoredTier.Tier2),
            [AccountColumns.HighestTier] = new OptionSetValue(StoredTier.Tier1),
            [AccountColumns.Quadrant] = new OptionSetValue(512000000),
        }));

        Assert.Equal(Rejection(AccountColumns.HighestTier, AccountColumns.Quadrant), failure.Detail.Message);
    }

    [Fact]
    public void SYSTEM_may_write_a_tier_column()
    {
        var org = new TieringOrganization();
        var account = StoredTier.Seed(org, StoredTier.Tier3, 10_000m);

        org.Org.SystemService.Update(new Entity(AccountColumns.Table, account) { [AccountColumns.Tier] = new OptionSetValue(StoredTier.Tier2) });

        Assert.Equal(StoredTier.Tier2, org.TierOf(account));
    }

    [Theory]
    [InlineData(RecalculationTag.Recalculation)]
    [InlineData("ctier:recalc:Review")]
    [InlineData("ctier:recalc:Override")]
    [InlineData("ctier:recalc:Backfill")]
    [InlineData(RecalculationTag.HistoryWritten)]
    [InlineData("ctier:seed")]
    [InlineData("import")]
    public void A_rep_whose_write_carries_any_tag_is_still_rejected(string tag)
    {
        var org = new TieringOrganization();
        var account = StoredTier.Seed(org, StoredTier.Tier3, 10_000m);
        var request = new UpdateRequest { Target = new Entity(AccountColumns.Table, account) { [AccountColumns.Tier] = new OptionSetValue(StoredTier.Tier2) } };
        request.Parameters[RecalculationTag.ParameterName] = tag;

        var failure = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.User.Execute(request));

        Assert.Equal(Rejection(AccountColumns.Tier), failure.Detail.Message);
        Assert.Equal(StoredTier.Tier3, org.TierOf(account));
        Assert.Empty(org.History(account));
    }

    [Fact]
    public void The_update_step_fires_for_exactly_the_computed_columns_and_its_image_holds_only_them()
    {
        var step = Registration.TieringSteps.Shipped.Single(s => s.PluginType == typeof(ProtectComputedTierColumns) && s.Message == "Update");

        Assert.Equal(ComputedTierColumns.All, step.FilteringAttributes);
        Assert.Equal(ComputedTierColumns.All, step.Images.Single().Columns);
        Assert.Equal(1, step.Rank);
        Assert.DoesNotContain(AccountColumns.RecalculationRequestedOn, step.FilteringAttributes);
        Assert.DoesNotContain(AccountColumns.LastReviewedOn, step.FilteringAttributes);
        Assert.Empty(step.FilteringAttributes.Intersect(TierInputColumns.All));
    }
}
