using CrmTiering.Core.Choices;
using CrmTiering.Core.Evaluation;

namespace CrmTiering.Core.Tests.Evaluation;

/// <summary>Adapters write only when a stored column changes; calculated-on moves only then.</summary>
public sealed class StoredStateTests
{
    private static readonly System.DateTime AsOf = Given.Date(2024, 6, 30);

    [Fact]
    public void Re_evaluating_unchanged_facts_later_changes_nothing()
    {
        var first = Given.Evaluate(Given.Policy(), AsOf, 150000m);

        var again = Given.Evaluate(Given.Policy(), AsOf.AddHours(5).Date, 150000m, first.State);

        Assert.False(again.Changed);
        Assert.Equal(first.State, again.State);
        Assert.True(again.State.HasSameColumnsAs(first.State));
    }

    [Fact]
    public void A_changed_column_moves_calculated_on_to_the_as_of()
    {
        var first = Given.Evaluate(Given.Policy(), AsOf, 150000m);

        var later = Given.Evaluate(Given.Policy(), Given.Date(2024, 7, 15), 160000m, first.State);

        Assert.True(later.Changed);
        Assert.Equal(later.Window.AsOfUtc, later.State.CalculatedOn);
        Assert.Equal(Given.Date(2024, 6, 30), first.State.CalculatedOn);
    }

    [Fact]
    public void A_failed_status_is_cleared_by_a_successful_evaluation()
    {
        var first = Given.Evaluate(Given.Policy(), AsOf, 150000m);
        var failed = first.State with { CalculationStatus = CalculationStatus.Failed, CalculationError = "boom" };

        var result = Given.Evaluate(Given.Policy(), AsOf, 150000m, failed);

        Assert.True(result.Changed);
        Assert.Equal(CalculationStatus.Ok, result.State.CalculationStatus);
        Assert.Null(result.State.CalculationError);
    }

    [Fact]
    public void An_inputs_only_evaluation_reuses_the_stored_revenue()
    {
        var first = Given.Evaluate(Given.Policy(), AsOf, 150000m);
        var request = Given.Request(Given.Policy(), AsOf, Given.Won(0m), first.State, Given.Account() with { ValueFactors = new ValueFactorScores { Growth = 9 } }) with { Revenue = null };

        var result = TierEvaluator.Evaluate(request);

        Assert.Equal(RevenueTierStep.Kept, result.RevenueTier.Step);
        Assert.Equal(150000m, result.Revenue.Effective);
        Assert.Equal(Given.Tier1, result.State.Tier);
        Assert.Equal(TierMovement.Promotion, result.Movement);
        Assert.Equal(first.State.NextEvaluationOn, result.NextEvaluationOn);
    }

    [Fact]
    public void A_window_from_another_policy_is_refused()
    {
        var request = Given.Request(Given.Policy(), AsOf, Given.Won(1m)) with { Policy = Given.Policy("\"windowMonths\":12", "\"windowMonths\":6") };

        var error = Assert.Throws<System.ArgumentException>(() => TierEvaluator.Evaluate(request));

        Assert.StartsWith("The evaluation window spans 12 months but the policy's windowMonths is 6", error.Message);
    }
}
