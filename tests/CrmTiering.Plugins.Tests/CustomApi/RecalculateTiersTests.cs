using System;
using System.Linq;
using System.ServiceModel;
using CrmTiering.Plugins.CustomApi;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Tests.AccountInputs;
using CrmTiering.Plugins.Tests.Recalculation;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tests.CustomApi;

/// <summary>Due and All sweeps, paging, idempotency, bad parameters.</summary>
public sealed class RecalculateTiersTests
{
    private static Guid AccountWithWonDeal(TieringOrganization org, decimal value, DateTime closedOn, string name = "Contoso")
    {
        var account = org.AddAccount(name);
        org.Org.Seed(TieringOrganization.WonOpportunity(account, value, closedOn));
        return account;
    }

    [Fact]
    public void Due_slips_a_Tier_1_whose_last_deal_left_the_window_without_any_other_event()
    {
        // Given a Tier 1 account whose only deal closed on 10 April 2024
        var org = new TieringOrganization();
        var sweep = new TierSweep(org);
        var account = AccountWithWonDeal(org, 600_000m, new DateTime(2024, 4, 10));
        sweep.Call("All");
        Assert.Equal(StoredTier.Tier1, org.TierOf(account));

        // When the daily sweep runs on 9 April 2025 (the deal is still inside the 12-month window)
        org.Clock.Set(new DateTime(2025, 4, 9, 6, 0, 0, DateTimeKind.Utc));
        sweep.Call("Due");

        // Then nothing moves
        Assert.Equal(StoredTier.Tier1, org.TierOf(account));

        // When it runs on 10 April 2025, the day the deal leaves the window
        org.Clock.Set(new DateTime(2025, 4, 10, 6, 0, 0, DateTimeKind.Utc));
        var result = sweep.Call("Due");

        // Then the account slips to Tier 3 with a Tier1Slip history row
        Assert.Equal(1, result[RecalculateTiersApi.Processed]);
        Assert.Equal(1, result[RecalculateTiersApi.Changed]);
        Assert.Equal(StoredTier.Tier3, org.TierOf(account));
        var slip = org.History(account).Last();
        Assert.Equal(StoredTier.Tier1Slip, StoredTier.Option(slip, TierChangeColumns.Movement));
        Assert.Equal(StoredTier.Tier1, StoredTier.Option(slip, TierChangeColumns.FromTier));
    }

    [Fact]
    public void Due_skips_accounts_whose_next_evaluation_is_in_the_future()
    {
        var org = new TieringOrganization();
        var sweep = new TierSweep(org);
        AccountWithWonDeal(org, 600_000m, new DateTime(2025, 2, 1));
        sweep.Call("All");

        var result = sweep.Call("Due");

        Assert.Equal(0, result[RecalculateTiersApi.Processed]);
        Assert.False((bool)result[RecalculateTiersApi.MoreRecords]!);
    }

    [Fact]
    public void Due_lets_an_expired_override_lapse()
    {
        // Given a Tier 2 account overridden to Tier 1 until 20 March 2025
        var org = new TieringOrganization();
        var sweep = new TierSweep(org);
        var account = AccountWithWonDeal(org, 200_000m, new DateTime(2024, 12, 1));
        sweep.Call("All");
        org.User.Update(new Entity(AccountColumns.Table, account)
        {
            [AccountColumns.TierOverride] = new OptionSetValue(StoredTier.Tier1),
            [AccountColumns.TierOverrideUntil] = new DateTime(2025, 3, 20),
        });
        Assert.Equal(StoredTier.Tier1, org.TierOf(account));

        // When the sweep runs the day after the override's last day
        org.Clock.Set(new DateTime(2025, 3, 21, 6, 0, 0, DateTimeKind.Utc));
        sweep.Call("Due");

        // Then the tier is Tier 2 again: a slip from Tier 1 (R12), caused by the override alone (R11)
        Assert.Equal(StoredTier.Tier2, org.TierOf(account));
        var lapse = org.History(account).Last();
        Assert.Equal(StoredTier.Tier1Slip, StoredTier.Option(lapse, TierChangeColumns.Movement));
        Assert.Equal(StoredTier.SourceOverride, StoredTier.Option(lapse, TierChangeColumns.Source));
    }

    [Fact]
    public void All_after_a_policy_change_retiers_every_account()
    {
        // Given two accounts tiered under the default policy (Tier 1 from 500 000)
        var org = new TieringOrganization();
        var sweep = new TierSweep(org);
        var mid = AccountWithWonDeal(org, 300_000m, new DateTime(2025, 1, 15), "Mid");
        var small = AccountWithWonDeal(org, 20_000m, new DateTime(2025, 1, 15), "Small");
        sweep.Call("All");
        Assert.Equal(StoredTier.Tier2, org.TierOf(mid));

        // When the admin lowers Tier 1 to 250 000 the next day and runs All
        org.Clock.Advance(TimeSpan.FromDays(1));
        var definition = org.Org.SystemService.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(EnvironmentVariableColumns.DefinitionTable)).Entities.Single().Id;
        org.Org.SystemService.Create(new Entity(EnvironmentVariableColumns.ValueTable)
        {
            [EnvironmentVariableColumns.DefinitionId] = new EntityReference(EnvironmentVariableColumns.DefinitionTable, definition),
            [EnvironmentVariableColumns.Value] = CrmTiering.Core.Policy.DefaultTierPolicy.Json.Replace("\"minRevenue\":500000", "\"minRevenue\":250000"),
        });
        var result = sweep.Call("All");

        // Then the mid account is promoted, the small one stays
        Assert.Equal(2, result[RecalculateTiersApi.Processed]);
        Assert.Equal(StoredTier.Tier1, org.TierOf(mid));
        Assert.Equal(StoredTier.Tier3, org.TierOf(small));
        Assert.Equal(StoredTier.Promotion, StoredTier.Option(org.History(mid).Last(), TierChangeColumns.Movement));
    }

    [Theory]
    [InlineData("All")]
    [InlineData("Due")]
    public void Pages_follow_the_cookie_until_every_account_is_done(string mode)
    {
        // Given five accounts, all due (never evaluated accounts are made due by a first sweep a quarter ago)
        var org = new TieringOrganization();
        var sweep = new TierSweep(org);
        var accounts = Enumerable.Range(1, 5).Select(i => AccountWithWonDeal(org, 100_000m * i, new DateTime(2025, 1, i), $"Account {i}")).ToArray();
        sweep.Call("All");
        org.Clock.Set(new DateTime(2025, 4, 2, 6, 0, 0, DateTimeKind.Utc));

        // When the sweep runs two accounts per call
        var pages = sweep.Run(mode, pageSize: 2);

        // Then three calls cover all five accounts, each handed the previous cookie
        Assert.Equal(new[] { 2, 2, 1 }, pages.Select(p => (int)p[RecalculateTiersApi.Processed]!));
        Assert.Equal(new[] { true, true, false }, pages.Select(p => (bool)p[RecalculateTiersApi.MoreRecords]!));
        Assert.Equal(string.Empty, pages.Last()[RecalculateTiersApi.PageCookie]);
        Assert.All(accounts, a => Assert.Equal(new DateTime(2025, 4, 2, 6, 0, 0, DateTimeKind.Utc), org.Account(a).GetAttributeValue<DateTime?>(AccountColumns.CalculatedOn)));
    }

    [Fact]
    public void Running_All_twice_changes_nothing_the_second_time()
    {
        var org = new TieringOrganization();
        var sweep = new TierSweep(org);
        var accounts = Enumerable.Range(1, 3).Select(i => AccountWithWonDeal(org, 250_000m * i, new DateTime(2025, 1, i), $"Account {i}")).ToArray();
        var first = sweep.Run("All");
        Assert.Equal(3, first.Sum(p => (int)p[RecalculateTiersApi.Changed]!));
        var rows = accounts.Sum(a => org.History(a).Count);
        var mark = org.Org.Calls.Mark();

        var second = sweep.Run("All");

        Assert.Equal(3, second.Sum(p => (int)p[RecalculateTiersApi.Processed]!));
        Assert.Equal(0, second.Sum(p => (int)p[RecalculateTiersApi.Changed]!));
        Assert.DoesNotContain(org.Org.Calls.Since(mark), c => c.Message is "Update" or "Create");
        Assert.Equal(rows, accounts.Sum(a => org.History(a).Count));
    }

    [Fact]
    public void Inactive_accounts_keep_their_last_tier()
    {
        var org = new TieringOrganization();
        var sweep = new TierSweep(org);
        var account = AccountWithWonDeal(org, 600_000m, new DateTime(2025, 1, 1));
        org.Org.SystemService.Update(new Entity(AccountColumns.Table, account) { ["statecode"] = new OptionSetValue(1) });

        var result = sweep.Call("All");

        Assert.Equal(0, result[RecalculateTiersApi.Processed]);
        Assert.Null(org.TierOf(account));
    }

    [Theory]
    [InlineData("Sometimes", null, null, "Mode must be Due, All or Backfill; \"Sometimes\" is not one of them.")]
    [InlineData("All", 0, null, "PageSize must be between 1 and 1000; 0 was given.")]
    [InlineData("All", null, "garbage", RecalculateTiersApi.InvalidCookieMessage)]
    [InlineData("Backfill", null, null, RecalculateTiersApi.FromRequiredMessage)]
    public void Bad_parameters_are_refused_with_a_clear_message(string mode, int? pageSize, string? cookie, string message)
    {
        var org = new TieringOrganization();
        var sweep = new TierSweep(org);

        var failure = Assert.Throws<FaultException<OrganizationServiceFault>>(() => sweep.Call(mode, cookie, pageSize));

        Assert.Equal(message, failure.Detail.Message);
    }

    [Fact]
    public void A_cookie_from_another_mode_is_refused()
    {
        var org = new TieringOrganization();
        var sweep = new TierSweep(org);
        var cookie = new ContinuationCookie(RecalculationMode.Due, Guid.NewGuid()).ToString();

        var failure = Assert.Throws<FaultException<OrganizationServiceFault>>(() => sweep.Call("All", cookie));

        Assert.Equal(RecalculateTiersApi.InvalidCookieMessage, failure.Detail.Message);
    }
}
