using System;
using CrmTiering.Workflows;
using Microsoft.Xrm.Sdk;
using static CrmTiering.Plugins.Tests.Workflows.TieringOrganization;

namespace CrmTiering.Plugins.Tests.Workflows;

/// <summary>EvaluateTierMovement reports what the stored row recorded, and DESIGN's NeedsTask.</summary>
public class EvaluateTierMovementTests
{
    private readonly TieringOrganization _org = new TieringOrganization();

    [Fact]
    public void A_recorded_Tier1_slip_is_reported_as_it_was_stored_and_needs_a_task()
    {
        var account = _org.AddAccount("Contoso", new EntityReference("systemuser", _org.Rep), tier: Tier3);
        var row = _org.AddTierChange(account, Tier1, Tier2, Tier1Slip);

        var outputs = Evaluate(row);

        Assert.Equal(Tier1Slip, ((OptionSetValue)outputs["Movement"]).Value);
        Assert.Equal(Tier1, ((OptionSetValue)outputs["FromTier"]).Value);
        Assert.Equal(Tier2, ((OptionSetValue)outputs["ToTier"]).Value);
        Assert.True((bool)outputs["IsSlip"]);
        Assert.False((bool)outputs["IsSurge"]);
        Assert.Equal("Effective revenue fell below the threshold.", outputs["Reason"]);
        Assert.True((bool)outputs["NeedsTask"]);
    }

    [Fact]
    public void A_surge_needs_a_task()
    {
        var row = _org.AddTierChange(_org.AddAccount("Fabrikam"), Tier3, Tier1, Surge);

        var outputs = Evaluate(row);

        Assert.True((bool)outputs["IsSurge"]);
        Assert.True((bool)outputs["NeedsTask"]);
    }

    [Theory]
    [InlineData(Initial, FromPlugin)]
    [InlineData(Promotion, FromPlugin)]
    [InlineData(Tier1Slip, FromBackfill)]
    [InlineData(Surge, FromBackfill)]
    [InlineData(Tier1Slip, FromOverride)]
    [InlineData(Surge, FromOverride)]
    public void Initial_other_movements_Backfill_and_by_default_Override_need_no_task(int movement, int source)
    {
        var row = _org.AddTierChange(_org.AddAccount("Contoso"), movement == Initial ? null : Tier1, Tier2, movement, source);

        var outputs = Evaluate(row);

        Assert.False((bool)outputs["NeedsTask"]);
    }

    [Fact]
    public void An_override_movement_needs_a_task_when_the_policy_asks_for_it()
    {
        _org.SetPolicy(DefaultPolicyJson.TrimEnd('}') + ",\"tasksForOverrideMovements\":true}");
        var row = _org.AddTierChange(_org.AddAccount("Contoso"), Tier1, Tier2, Tier1Slip, FromOverride);

        var outputs = Evaluate(row);

        Assert.True((bool)outputs["NeedsTask"]);
    }

    [Fact]
    public void A_missing_row_is_a_clear_error()
    {
        var missing = Guid.NewGuid();

        var thrown = Assert.Throws<InvalidPluginExecutionException>(() => Evaluate(missing));

        Assert.Equal(string.Format(WorkflowMessages.TierChangeNotFound, missing), thrown.Message);
    }

    [Fact]
    public void An_invalid_policy_is_reported_with_its_problems()
    {
        _org.SetPolicy("{\"tiers\":[]}");
        var row = _org.AddTierChange(_org.AddAccount("Contoso"), Tier1, Tier2, Tier1Slip, FromOverride);

        var thrown = Assert.Throws<InvalidPluginExecutionException>(() => Evaluate(row));

        Assert.StartsWith(string.Format(WorkflowMessages.PolicyInvalid, string.Empty), thrown.Message);
        Assert.Contains("tiers", thrown.Message);
    }

    private System.Collections.Generic.IDictionary<string, object> Evaluate(Guid row) =>
        new ActivityRun(_org.Organization, _org.ProcessOwner, _org.Rep)
            .Invoke(new EvaluateTierMovement(), "TierChange", new EntityReference("ctier_tierchange", row));
}
