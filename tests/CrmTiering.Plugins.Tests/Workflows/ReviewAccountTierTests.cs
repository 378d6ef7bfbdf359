using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Workflows;
using Microsoft.Xrm.Sdk;
using static CrmTiering.Plugins.Tests.Workflows.TieringOrganization;

namespace CrmTiering.Plugins.Tests.Workflows;

/// <summary>ReviewAccountTier run directly (with the solution installed): the stamps that trigger the recalculation, and R17's flags.</summary>
public class ReviewAccountTierTests
{
    private readonly TieringOrganization _org = new TieringOrganization();

    [Fact]
    public void The_review_stamps_the_recalculation_request_and_the_review_date_with_the_process_time()
    {
        var account = AccountAt(Tier2, onboarding: Tier2, highest: Tier2);
        var run = Run();

        run.Invoke(new ReviewAccountTier(), "Account", new EntityReference("account", account));

        var stored = _org.Organization.Peek("account", account)!;
        Assert.Equal(run.Context.OperationCreatedOn, (DateTime)stored["ctier_recalcrequestedon"]);
        Assert.Equal(run.Context.OperationCreatedOn, (DateTime)stored["ctier_lastreviewedon"]);
        // The stamp is the process user's write (ctier_nextcontactdue follows as SYSTEM, so modifiedby is not the witness).
        var stamp = _org.Organization.Calls.Single(c => c.Message == "Update" && c.Columns.Contains("ctier_recalcrequestedon"));
        Assert.Equal(_org.ProcessOwner, stamp.UserId);
        Assert.False(stamp.IsSystem);
    }

    [Fact]
    public void An_account_below_its_peak_and_onboarding_tier_is_flagged()
    {
        var outputs = Review(AccountAt(Tier2, onboarding: Tier1, highest: Tier1));

        Assert.True((bool)outputs["BelowPeak"]);
        Assert.True((bool)outputs["BelowOnboarding"]);
        Assert.False((bool)outputs["AboveOnboarding"]);
        Assert.Equal(Tier2, ((OptionSetValue)outputs["Tier"]).Value);
    }

    [Fact]
    public void An_account_above_its_onboarding_tier_at_its_peak_is_flagged_above_only()
    {
        var outputs = Review(AccountAt(Tier1, onboarding: Tier3, highest: Tier1));

        Assert.False((bool)outputs["BelowPeak"]);
        Assert.False((bool)outputs["BelowOnboarding"]);
        Assert.True((bool)outputs["AboveOnboarding"]);
    }

    [Fact]
    public void Contact_is_due_without_any_completed_activity()
    {
        var outputs = Review(AccountAt(Tier1, onboarding: Tier1, highest: Tier1));

        Assert.True((bool)outputs["ContactDue"]);
    }

    [Fact]
    public void Contact_is_not_due_within_the_tiers_contact_cadence()
    {
        var account = AccountAt(Tier1, onboarding: Tier1, highest: Tier1);
        CompletedActivity(account, AsOf.AddDays(-10));

        var outputs = Review(account);

        Assert.False((bool)outputs["ContactDue"]);
    }

    [Fact]
    public void Contact_is_due_once_the_cadence_has_passed()
    {
        var account = AccountAt(Tier1, onboarding: Tier1, highest: Tier1);
        CompletedActivity(account, AsOf.AddDays(-31));

        var outputs = Review(account);

        Assert.True((bool)outputs["ContactDue"]);
    }

    [Fact]
    public void A_missing_account_is_a_clear_error()
    {
        var missing = Guid.NewGuid();

        var thrown = Assert.Throws<InvalidPluginExecutionException>(() => Review(missing));

        Assert.Equal(string.Format(WorkflowMessages.AccountNotFound, missing), thrown.Message);
    }

    [Fact]
    public void No_account_given_is_a_clear_error()
    {
        var thrown = Assert.Throws<InvalidPluginExecutionException>(() => Run().Invoke(new ReviewAccountTier(), "Account", null));

        Assert.Equal(string.Format(WorkflowMessages.AccountNotGiven, nameof(ReviewAccountTier)), thrown.Message);
    }

    /// <summary>
    /// An account stored at a tier with a won deal that earns that tier: the review requests a
    /// recalculation, which the shipped synchronous step runs in the same transaction, so the stored
    /// tier must be the one the data gives.
    /// </summary>
    private Guid AccountAt(int tier, int onboarding, int highest)
    {
        var account = _org.Organization.Seed(new Entity("account")
        {
            ["name"] = "Contoso",
            ["ownerid"] = new EntityReference("systemuser", _org.Rep),
            ["ctier_tier"] = new OptionSetValue(tier),
            ["ctier_revenuetier"] = new OptionSetValue(tier),
            ["ctier_onboardingtier"] = new OptionSetValue(onboarding),
            ["ctier_highesttier"] = new OptionSetValue(highest),
            ["ctier_belowpeak"] = tier != highest,
        });
        _org.Organization.Seed(new Entity("opportunity")
        {
            ["parentaccountid"] = new EntityReference("account", account),
            ["actualvalue"] = new Money(tier switch { Tier1 => 600_000m, Tier2 => 200_000m, _ => 10_000m }),
            ["actualclosedate"] = AsOf.Date.AddDays(-30),
            ["statecode"] = new OptionSetValue(1),
        });
        return account;
    }

    private void CompletedActivity(Guid account, DateTime actualEnd) => _org.Organization.Seed(new Entity("task")
    {
        ["subject"] = "Call",
        ["regardingobjectid"] = new EntityReference("account", account),
        ["statecode"] = new OptionSetValue(1),
        ["statuscode"] = new OptionSetValue(5),
        ["actualend"] = actualEnd,
    });

    private ActivityRun Run() => new ActivityRun(_org.Organization, _org.ProcessOwner, _org.Rep);

    private IDictionary<string, object> Review(Guid account) =>
        Run().Invoke(new ReviewAccountTier(), "Account", new EntityReference("account", account));
}
