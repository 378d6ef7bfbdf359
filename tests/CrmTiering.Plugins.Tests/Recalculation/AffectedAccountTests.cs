using System;
using System.Linq;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Tests.Recalculation;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tests.Recalculation;

/// <summary>
/// RecalculateAccountTier: every message reaches the account(s) it touches — the
/// customer switching between account and contact, an invoice moving between accounts, a deleted invoice.
/// </summary>
public sealed class AffectedAccountTests
{
    private const int Tier2 = 512000001;
    private const int Tier3 = 512000002;

    [Fact]
    public void An_opportunity_whose_customer_moves_from_an_account_to_a_contact_leaves_the_account()
    {
        // Given a won deal whose customer (no parent account) is the account
        var org = new TieringOrganization();
        var account = org.AddAccount();
        var contact = org.AddContact();
        var deal = org.CreateOpenOpportunity(account, 200_000m, asParent: false);
        org.Win(deal, 200_000m);
        org.Drain();
        Assert.Equal(Tier2, org.TierOf(account));

        // When the customer becomes a contact
        org.User.Update(new Entity(OpportunityColumns.Table, deal) { [OpportunityColumns.Customer] = new EntityReference("contact", contact) });
        org.Drain();

        // Then the account lost the revenue
        Assert.Equal(0m, org.Base(account, AccountColumns.WonRevenue));
        Assert.Equal(Tier3, org.TierOf(account));
    }

    [Fact]
    public void An_opportunity_whose_customer_moves_from_a_contact_to_an_account_tiers_the_account()
    {
        // Given a won deal of a contact
        var org = new TieringOrganization();
        var account = org.AddAccount();
        var contact = org.AddContact();
        var deal = org.CreateOpenOpportunity(contact, 200_000m, customerTable: "contact", asParent: false);
        org.Win(deal, 200_000m);
        org.Drain();

        // When the customer becomes the account
        org.User.Update(new Entity(OpportunityColumns.Table, deal) { [OpportunityColumns.Customer] = new EntityReference(AccountColumns.Table, account) });
        org.Drain();

        // Then the account counts it
        Assert.Equal(200_000m, org.Base(account, AccountColumns.WonRevenue));
        Assert.Equal(Tier2, org.TierOf(account));
    }

    [Fact]
    public void An_invoice_moved_to_another_account_recalculates_both()
    {
        var org = new TieringOrganization();
        var before = org.AddAccount("Before");
        var after = org.AddAccount("After");
        var invoice = org.CreatePaidInvoice(before, 150_000m);
        org.Drain();
        Assert.Equal(Tier2, org.TierOf(before));

        org.User.Update(new Entity(InvoiceColumns.Table, invoice) { [InvoiceColumns.Customer] = new EntityReference(AccountColumns.Table, after) });
        org.Drain();

        Assert.Equal(0m, org.Base(before, AccountColumns.PaidRevenue));
        Assert.Equal(Tier3, org.TierOf(before));
        Assert.Equal(150_000m, org.Base(after, AccountColumns.PaidRevenue));
        Assert.Equal(Tier2, org.TierOf(after));
    }

    [Fact]
    public void Deleting_a_paid_invoice_removes_its_revenue()
    {
        var org = new TieringOrganization();
        var account = org.AddAccount();
        var invoice = org.CreatePaidInvoice(account, 150_000m);
        org.Drain();
        Assert.Equal(Tier2, org.TierOf(account));
        org.Clock.Advance(TimeSpan.FromDays(1));

        org.User.Delete(InvoiceColumns.Table, invoice);
        org.Drain();

        Assert.Equal(0m, org.Base(account, AccountColumns.PaidRevenue));
        Assert.Equal(Tier3, org.TierOf(account));
        Assert.Equal(new[] { (int?)null, Tier2 }, org.History(account).Select(h => h.GetAttributeValue<OptionSetValue>(TierChangeColumns.FromTier)?.Value));
    }
}
