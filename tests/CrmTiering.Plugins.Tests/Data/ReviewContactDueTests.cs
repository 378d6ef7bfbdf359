using System;
using System.Linq;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Tests.Recalculation;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tests.Data;

/// <summary>
/// R17: the review stores ctier_nextcontactdue, which nothing else computes per event. The review
/// stamps the request; the synchronous recalculation, as SYSTEM, computes and writes the date with
/// the tier columns (the column is computed, so the activity's own identity may not write it).
/// </summary>
public sealed class ReviewContactDueTests
{
    private static readonly DateTime LastCall = TieringOrganization.Start.AddDays(-10);

    [Fact]
    public void The_review_stores_the_next_contact_due_as_last_contact_plus_the_tiers_cadence()
    {
        // Given a Tier 1 account last contacted ten days before the review
        var org = new TieringOrganization();
        var account = TierOneLastCalled(org);

        // When the review stamps the account
        Review(org, account);

        // Then the account says when contact is next due (Tier 1: every 30 days), as the start of that day (UTC policy)
        Assert.Equal(512000000, org.TierOf(account));
        Assert.Equal(LastCall.Date.AddDays(30), org.Account(account).GetAttributeValue<DateTime?>(AccountColumns.NextContactDue));
    }

    [Fact]
    public void Reviewing_again_with_nothing_new_does_not_rewrite_the_next_contact_due()
    {
        var org = new TieringOrganization();
        var account = TierOneLastCalled(org);
        Review(org, account);
        var first = org.Account(account).GetAttributeValue<DateTime?>(AccountColumns.NextContactDue);
        var mark = org.Org.Calls.Mark();

        Review(org, account);

        Assert.Equal(first, org.Account(account).GetAttributeValue<DateTime?>(AccountColumns.NextContactDue));
        Assert.DoesNotContain(org.CallsBy(TieringOrganization.RecalculationOrigin, mark), c => c.Message == "Update");
    }

    private static Guid TierOneLastCalled(TieringOrganization org)
    {
        var account = org.AddAccount();
        org.Org.Seed(TieringOrganization.WonOpportunity(account, 600_000m, TieringOrganization.Start.AddDays(-40)));
        org.Org.Seed(new Entity("task")
        {
            ["subject"] = "Call",
            ["regardingobjectid"] = new EntityReference(AccountColumns.Table, account),
            ["statecode"] = new OptionSetValue(1),
            ["statuscode"] = new OptionSetValue(5),
            ["actualend"] = LastCall,
        });
        return account;
    }

    /// <summary>What ReviewAccountTier writes: the request and review stamps, as the process's user.</summary>
    private static void Review(TieringOrganization org, Guid account) =>
        org.User.Update(new Entity(AccountColumns.Table, account)
        {
            [AccountColumns.RecalculationRequestedOn] = org.Org.UtcNow,
            [AccountColumns.LastReviewedOn] = org.Org.UtcNow,
        });
}
