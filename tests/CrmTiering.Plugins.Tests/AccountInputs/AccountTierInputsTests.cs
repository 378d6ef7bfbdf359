using System;
using System.Linq;
using System.ServiceModel;
using CrmTiering.Plugins.AccountInputs;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Tests.Recalculation;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tests.AccountInputs;

/// <summary>AccountTierInputs through the emulator with the shipped registrations.</summary>
public sealed class AccountTierInputsTests
{
    private static string Origin => typeof(AccountTierInputs).FullName!;

    private static Entity AllFactors(Guid account, int score)
    {
        var update = new Entity(AccountColumns.Table, account);
        foreach (var column in TierInputColumns.Scores.Where(c => c != AccountColumns.EffortToManage))
        {
            update[column] = score;
        }

        return update;
    }

    [Fact]
    public void A_value_factor_edit_that_reaches_bumpAt_raises_the_tier_and_writes_history_with_one_call()
    {
        // Given a Tier 2 account by revenue
        var org = new TieringOrganization();
        var account = StoredTier.Seed(org, StoredTier.Tier2, 200_000m);
        var mark = org.Org.Calls.Mark();

        // When the rep scores every value factor 9 (bumpAt 8)
        org.User.Update(AllFactors(account, 9));

        // Then the tier is bumped to Tier 1 in the same save, the revenue tier stays, and a Promotion row is written
        var saved = org.Account(account);
        Assert.Equal(StoredTier.Tier1, StoredTier.Option(saved, AccountColumns.Tier));
        Assert.Equal(StoredTier.Tier2, StoredTier.Option(saved, AccountColumns.RevenueTier));
        Assert.Equal(StoredTier.Tier2, StoredTier.Option(saved, AccountColumns.PreviousTier));
        Assert.Equal(StoredTier.Promotion, StoredTier.Option(saved, AccountColumns.LastMovement));
        Assert.Equal(9m, saved.GetAttributeValue<decimal?>(AccountColumns.ValueScore));
        Assert.Equal(200_000m, org.Base(account, AccountColumns.EffectiveRevenue));
        var row = Assert.Single(org.History(account));
        Assert.Equal(StoredTier.Tier2, StoredTier.Option(row, TierChangeColumns.FromTier));
        Assert.Equal(StoredTier.Tier1, StoredTier.Option(row, TierChangeColumns.ToTier));
        Assert.Equal(StoredTier.SourcePlugin, StoredTier.Option(row, TierChangeColumns.Source));

        // And the derivation cost one call (the policy), no aggregate
        Assert.Equal(new[] { "RetrieveMultiple" }, org.CallsBy(Origin, mark).Select(c => c.Message));
    }

    [Fact]
    public void A_factor_edit_below_bumpAt_changes_the_score_but_not_the_tier()
    {
        var org = new TieringOrganization();
        var account = StoredTier.Seed(org, StoredTier.Tier2, 200_000m);

        org.User.Update(AllFactors(account, 5));

        Assert.Equal(StoredTier.Tier2, org.TierOf(account));
        Assert.Equal(5m, org.Account(account).GetAttributeValue<decimal?>(AccountColumns.ValueScore));
        Assert.Empty(org.History(account));
    }

    [Theory]
    [InlineData("ctier_referralvalue", 11)]
    [InlineData("ctier_strategicfit", -1)]
    [InlineData("ctier_efforttomanage", 12)]
    public void A_score_outside_0_to_10_is_rejected_naming_the_column(string column, int value)
    {
        var org = new TieringOrganization();
        var account = StoredTier.Seed(org, StoredTier.Tier2, 200_000m);

        var failure = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            org.User.Update(new Entity(AccountColumns.Table, account) { [column] = value }));

        Assert.Equal(string.Format(InputScores.OutOfRangeMessage, column, value), failure.Detail.Message);
        Assert.False(org.Account(account).Contains(column));
    }

    [Fact]
    public void High_effort_moves_an_important_account_from_Maximise_to_Develop()
    {
        var org = new TieringOrganization();
        var account = StoredTier.Seed(org, StoredTier.Tier1, 600_000m);

        org.User.Update(new Entity(AccountColumns.Table, account) { [AccountColumns.EffortToManage] = 8 });

        Assert.Equal(512000001, StoredTier.Option(org.Account(account), AccountColumns.Quadrant));
        Assert.Equal(StoredTier.Tier1, org.TierOf(account));
    }

    [Fact]
    public void The_clients_own_revenue_sets_share_of_wallet()
    {
        var org = new TieringOrganization();
        var account = StoredTier.Seed(org, StoredTier.Tier2, 200_000m);

        org.User.Update(new Entity(AccountColumns.Table, account) { [AccountColumns.ClientRevenue] = new Money(8_000_000m) });

        Assert.Equal(0.025m, org.Account(account).GetAttributeValue<decimal?>(AccountColumns.ShareOfWallet));
    }

    [Fact]
    public void Setting_an_override_replaces_the_tier_at_once_with_source_Override()
    {
        // Given a Tier 3 account
        var org = new TieringOrganization();
        var account = StoredTier.Seed(org, StoredTier.Tier3, 20_000m);

        // When a manager overrides it to Tier 1 with a reason
        org.User.Update(new Entity(AccountColumns.Table, account)
        {
            [AccountColumns.TierOverride] = new OptionSetValue(StoredTier.Tier1),
            [AccountColumns.TierOverrideReason] = "Strategic launch partner",
        });

        // Then the tier is Tier 1, the revenue tier and highest tier stay (no override in them), history says Override
        var saved = org.Account(account);
        Assert.Equal(StoredTier.Tier1, StoredTier.Option(saved, AccountColumns.Tier));
        Assert.Equal(StoredTier.Tier3, StoredTier.Option(saved, AccountColumns.RevenueTier));
        Assert.Equal(StoredTier.Tier3, StoredTier.Option(saved, AccountColumns.HighestTier));
        var row = Assert.Single(org.History(account));
        Assert.Equal(StoredTier.SourceOverride, StoredTier.Option(row, TierChangeColumns.Source));
        Assert.Equal(StoredTier.Surge, StoredTier.Option(row, TierChangeColumns.Movement));
    }

    [Fact]
    public void An_expected_revenue_change_requests_the_synchronous_recalculation_which_tiers_from_data()
    {
        // Given a month-old account with no revenue yet (Tier 3)
        var org = new TieringOrganization();
        var account = StoredTier.Seed(org, StoredTier.Tier3, 0m, createdOn: TieringOrganization.Start.AddMonths(-1));

        // When the rep enters an expected annual revenue of 600 000
        org.User.Update(new Entity(AccountColumns.Table, account) { [AccountColumns.ExpectedAnnualRevenue] = new Money(600_000m) });

        // Then the request was stamped at the operation's time and the recalculation ran in the same save
        var saved = org.Account(account);
        Assert.Equal(TieringOrganization.Start, saved.GetAttributeValue<DateTime?>(AccountColumns.RecalculationRequestedOn));
        Assert.Equal(StoredTier.Tier1, StoredTier.Option(saved, AccountColumns.Tier));
        Assert.Equal(600_000m, org.Base(account, AccountColumns.EffectiveRevenue));
        var row = Assert.Single(org.History(account));
        Assert.Equal(StoredTier.Surge, StoredTier.Option(row, TierChangeColumns.Movement));
        Assert.NotEmpty(org.CallsBy(TieringOrganization.RecalculationOrigin, default));
    }

    [Fact]
    public void A_new_account_is_onboarded_from_its_expected_revenue_and_factors_in_the_create()
    {
        // When a rep creates an account expecting 150 000 a year, scored 9 on every factor
        var org = new TieringOrganization();
        var create = AllFactors(Guid.Empty, 9);
        create[AccountColumns.Name] = "Northwind";
        create[AccountColumns.ExpectedAnnualRevenue] = new Money(150_000m);
        var mark = org.Org.Calls.Mark();
        var account = org.User.Create(create);

        // Then it is saved as Tier 2 by revenue, bumped to Tier 1, onboarded at Tier 1, with an Initial history row
        var saved = org.Account(account);
        Assert.Equal(StoredTier.Tier2, StoredTier.Option(saved, AccountColumns.RevenueTier));
        Assert.Equal(StoredTier.Tier1, StoredTier.Option(saved, AccountColumns.Tier));
        Assert.Equal(StoredTier.Tier1, StoredTier.Option(saved, AccountColumns.OnboardingTier));
        Assert.Equal(StoredTier.Tier1, StoredTier.Option(saved, AccountColumns.HighestTier));
        Assert.Equal(150_000m, org.Base(account, AccountColumns.EffectiveRevenue));
        var row = Assert.Single(org.History(account));
        Assert.Equal(StoredTier.Initial, StoredTier.Option(row, TierChangeColumns.Movement));
        Assert.Equal(new[] { "RetrieveMultiple" }, org.CallsBy(Origin, mark).Select(c => c.Message));
    }

    [Fact]
    public void A_new_account_without_inputs_starts_in_the_last_tier()
    {
        var org = new TieringOrganization();

        var account = org.User.Create(new Entity(AccountColumns.Table) { [AccountColumns.Name] = "Tailspin" });

        Assert.Equal(StoredTier.Tier3, org.TierOf(account));
        Assert.Equal(StoredTier.Tier3, StoredTier.Option(org.Account(account), AccountColumns.OnboardingTier));
    }
}
