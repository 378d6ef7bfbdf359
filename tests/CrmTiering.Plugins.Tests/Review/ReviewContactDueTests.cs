extern alias workflows;

using System;
using System.Linq;
using CrmTiering.Plugins.Tests.Workflows;
using Microsoft.Xrm.Sdk;
using workflows::CrmTiering.Workflows;
using static CrmTiering.Plugins.Tests.Workflows.TieringOrganization;

namespace CrmTiering.Plugins.Tests.Review;

/// <summary>Release review of R17: the review stores ctier_nextcontactdue, which nothing else computes per event.</summary>
public sealed class ReviewContactDueTests
{
    private readonly TieringOrganization org = new TieringOrganization();

    [Fact]
    public void The_review_stores_the_next_contact_due_as_last_contact_plus_the_tiers_cadence()
    {
        // Given a Tier 1 account last contacted ten days before the review
        var account = org.Organization.Seed(new Entity("account")
        {
            ["name"] = "Contoso",
            ["ownerid"] = new EntityReference("systemuser", org.Rep),
            ["ctier_tier"] = new OptionSetValue(Tier1),
            ["ctier_onboardingtier"] = new OptionSetValue(Tier1),
            ["ctier_highesttier"] = new OptionSetValue(Tier1),
        });
        org.Organization.Seed(new Entity("task")
        {
            ["subject"] = "Call",
            ["regardingobjectid"] = new EntityReference("account", account),
            ["statecode"] = new OptionSetValue(1),
            ["statuscode"] = new OptionSetValue(5),
            ["actualend"] = AsOf.AddDays(-10),
        });

        // When the review runs
        new ActivityRun(org.Organization, org.ProcessOwner, org.Rep).Invoke(new ReviewAccountTier(), "Account", new EntityReference("account", account));

        // Then the account says when contact is next due (Tier 1: every 30 days), as the start of that day (UTC policy)
        var stored = org.Organization.Peek("account", account)!;
        Assert.Equal(AsOf.Date.AddDays(20), stored.GetAttributeValue<DateTime?>("ctier_nextcontactdue"));
    }

    [Fact]
    public void Reviewing_again_with_nothing_new_does_not_rewrite_the_next_contact_due()
    {
        var account = org.Organization.Seed(new Entity("account")
        {
            ["name"] = "Contoso",
            ["ownerid"] = new EntityReference("systemuser", org.Rep),
            ["ctier_tier"] = new OptionSetValue(Tier2),
        });
        var run = new ActivityRun(org.Organization, org.ProcessOwner, org.Rep);
        run.Invoke(new ReviewAccountTier(), "Account", new EntityReference("account", account));
        var first = org.Organization.Peek("account", account)!.GetAttributeValue<DateTime?>("ctier_nextcontactdue");
        var mark = org.Organization.Calls.Mark();

        run.Invoke(new ReviewAccountTier(), "Account", new EntityReference("account", account));

        Assert.Equal(AsOf.Date, first);
        Assert.DoesNotContain(org.Organization.Calls.Since(mark), c => c.Message == "Update" && c.Columns.Contains("ctier_nextcontactdue"));
    }
}
