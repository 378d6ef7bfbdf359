using System;
using System.Linq;
using CrmTiering.Core.Policy;
using CrmTiering.Emulator.Pipeline;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tests.Recalculation;

/// <summary>Revenue events through the emulator with the real registrations.</summary>
public sealed class EdgeCaseTests
{
    private const int Tier1 = 512000000;
    private const int Tier2 = 512000001;
    private const int Tier3 = 512000002;

    [Fact]
    public void An_opportunity_created_open_then_won_counts_its_actual_value()
    {
        var org = new TieringOrganization();
        var account = org.AddAccount();
        var deal = org.CreateOpenOpportunity(account, 90_000m);
        org.Drain();
        Assert.Equal(Tier3, org.TierOf(account));
        org.Clock.Advance(TimeSpan.FromDays(1));

        org.Win(deal, 150_000m);
        org.Drain();

        Assert.Equal(150_000m, org.Base(account, AccountColumns.WonRevenue));
        Assert.Equal(Tier2, org.TierOf(account));
        Assert.Equal(new[] { (int?)null, Tier3 }, org.History(account).Select(h => h.GetAttributeValue<OptionSetValue>(TierChangeColumns.FromTier)?.Value));
    }

    [Fact]
    public void A_lost_opportunity_adds_nothing()
    {
        var org = new TieringOrganization();
        var account = org.AddAccount();
        var deal = org.CreateOpenOpportunity(account, 900_000m);
        org.Drain();

        org.Lose(deal);
        org.Drain();

        Assert.Equal(0m, org.Base(account, AccountColumns.WonRevenue));
        Assert.Equal(Tier3, org.TierOf(account));
    }

    [Fact]
    public void Reopening_a_won_opportunity_removes_its_revenue()
    {
        var org = new TieringOrganization();
        var account = org.AddAccount();
        var deal = org.CreateOpenOpportunity(account, 200_000m);
        org.Win(deal, 200_000m);
        org.Drain();
        Assert.Equal(Tier2, org.TierOf(account));

        org.User.Update(new Entity(OpportunityColumns.Table, deal) { [OpportunityColumns.State] = new OptionSetValue(0), [OpportunityColumns.Status] = new OptionSetValue(1) });
        org.Drain();

        Assert.Equal(0m, org.Base(account, AccountColumns.WonRevenue));
        Assert.Equal(Tier3, org.TierOf(account));
    }

    [Fact]
    public void Changing_a_won_amount_changes_the_revenue()
    {
        var org = new TieringOrganization();
        var account = org.AddAccount();
        var deal = org.CreateOpenOpportunity(account, 50_000m);
        org.Win(deal, 50_000m);
        org.Drain();

        org.User.Update(new Entity(OpportunityColumns.Table, deal) { [OpportunityColumns.ActualValue] = new Money(120_000m) });
        org.Drain();

        Assert.Equal(120_000m, org.Base(account, AccountColumns.WonRevenue));
        Assert.Equal(Tier2, org.TierOf(account));
    }

    [Fact]
    public void Amounts_in_another_currency_count_in_base_currency_and_are_stored_in_the_accounts_currency()
    {
        // Given an account kept in EUR (0.8 EUR per USD) and a deal won in EUR
        var org = new TieringOrganization();
        var eur = org.Org.AddCurrency("EUR", 0.8m);
        var account = org.AddAccount(currency: eur);
        org.Org.Seed(TieringOrganization.WonOpportunity(account, 96_000m, TieringOrganization.Start.AddDays(-10), eur));

        // When an event recalculates it
        org.CreatePaidInvoice(account, 1_000m);
        org.Drain();

        // Then 96 000 EUR = 120 000 USD counts (Tier 2), and the account shows 96 000 EUR
        Assert.Equal(120_000m, org.Base(account, AccountColumns.WonRevenue));
        Assert.Equal(96_000m, org.Account(account).GetAttributeValue<Money>(AccountColumns.WonRevenue).Value);
        Assert.Equal(Tier2, org.TierOf(account));
    }

    [Fact]
    public void Deleting_a_won_opportunity_removes_its_revenue()
    {
        var org = new TieringOrganization();
        var account = org.AddAccount();
        var deal = org.CreateOpenOpportunity(account, 200_000m);
        org.Win(deal, 200_000m);
        org.Drain();

        org.User.Delete(OpportunityColumns.Table, deal);
        org.Drain();

        Assert.Equal(0m, org.Base(account, AccountColumns.WonRevenue));
        Assert.Equal(Tier3, org.TierOf(account));
    }

    [Fact]
    public void Reparenting_recalculates_the_old_and_the_new_account()
    {
        var org = new TieringOrganization();
        var before = org.AddAccount("Before");
        var after = org.AddAccount("After");
        var deal = org.CreateOpenOpportunity(before, 200_000m);
        org.Win(deal, 200_000m);
        org.Drain();
        Assert.Equal(Tier2, org.TierOf(before));

        org.User.Update(new Entity(OpportunityColumns.Table, deal) { [OpportunityColumns.ParentAccount] = new EntityReference(AccountColumns.Table, after) });
        org.Drain();

        Assert.Equal(0m, org.Base(before, AccountColumns.WonRevenue));
        Assert.Equal(Tier3, org.TierOf(before));
        Assert.Equal(200_000m, org.Base(after, AccountColumns.WonRevenue));
        Assert.Equal(Tier2, org.TierOf(after));
    }

    [Fact]
    public void An_opportunity_whose_customer_is_a_contact_is_ignored()
    {
        var org = new TieringOrganization();
        var contact = org.AddContact();
        var mark = org.Org.Calls.Mark();

        var deal = org.CreateOpenOpportunity(contact, 200_000m, customerTable: "contact", asParent: false);
        org.Win(deal, 200_000m);
        org.Drain();

        var calls = org.CallsBy(TieringOrganization.RecalculationOrigin, mark);
        Assert.DoesNotContain(calls, c => c.Table == AccountColumns.Table && c.Message != "RetrieveMultiple");
        Assert.Contains(org.Pipeline.Traces, t => t.Text.Contains("No account is affected", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_amounts_count_as_zero_and_negative_amounts_count_as_credit_notes()
    {
        var org = new TieringOrganization();
        var account = org.AddAccount();
        org.CreatePaidInvoice(account, 150_000m);
        org.CreatePaidInvoice(account, null);
        org.CreatePaidInvoice(account, -60_000m);
        org.Drain();

        Assert.Equal(90_000m, org.Base(account, AccountColumns.PaidRevenue));
        Assert.Equal(Tier3, org.TierOf(account));
    }

    [Fact]
    public void An_account_deleted_before_the_job_runs_is_traced_and_the_job_succeeds()
    {
        var org = new TieringOrganization();
        var account = org.AddAccount();
        org.CreatePaidInvoice(account, 150_000m);
        org.Org.SystemService.Delete(AccountColumns.Table, account);

        org.Drain();

        Assert.Contains(org.Pipeline.Traces, t => t.Text.Contains($"Account {account} no longer exists", StringComparison.Ordinal));
    }

    [Fact]
    public void A_job_delivered_twice_changes_nothing_the_second_time()
    {
        var org = new TieringOrganization();
        var account = org.AddAccount();
        org.CreatePaidInvoice(account, 150_000m);

        org.Pipeline.DrainAsyncQueue(deliverTwice: _ => true);

        Assert.Empty(org.Pipeline.FailedJobs);
        Assert.Equal(Tier2, org.TierOf(account));
        Assert.Single(org.History(account));
        Assert.Equal(1, org.Org.Calls.From(TieringOrganization.RecalculationOrigin).Count(c => c.Message == "Update"));
    }

    [Fact]
    public void Merging_recalculates_the_master_with_the_subordinates_revenue()
    {
        var org = new TieringOrganization();
        var master = org.AddAccount("Master");
        var subordinate = org.AddAccount("Subordinate");
        org.CreatePaidInvoice(master, 60_000m);
        org.CreatePaidInvoice(subordinate, 60_000m);
        org.Drain();
        Assert.Equal(Tier3, org.TierOf(master));

        var merge = new OrganizationRequest("Merge");
        merge.Parameters["Target"] = new EntityReference(AccountColumns.Table, master);
        merge.Parameters["SubordinateId"] = subordinate;
        merge.Parameters["UpdateContent"] = new Entity(AccountColumns.Table);
        merge.Parameters["PerformParentingChecks"] = false;
        org.User.Execute(merge);
        org.Drain();

        Assert.Equal(120_000m, org.Base(master, AccountColumns.PaidRevenue));
        Assert.Equal(Tier2, org.TierOf(master));
    }

    [Fact]
    public void Win_finds_the_account_with_one_query_when_the_platform_also_fires_update_steps()
    {
        var org = new TieringOrganization(pipelineOptions: new PipelineOptions { WinLoseFireUpdateSteps = true });
        var account = org.AddAccount();
        var deal = org.CreateOpenOpportunity(account, 10_000m);
        org.Drain();

        org.Win(deal, 700_000m);
        org.Drain();

        Assert.Equal(Tier1, org.TierOf(account));
        Assert.Equal(2, org.History(account).Count);
        var expected = BatchRecompute.Evaluate(org, TierPolicy.Default, account, org.Clock.UtcNow);
        Assert.Equal(expected.Tier.Value, org.TierOf(account));
    }
}
