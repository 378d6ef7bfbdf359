using System.Linq;
using CrmTiering.Core.Choices;
using CrmTiering.Core.History;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;

namespace CrmTiering.Core.Tests.History;

public sealed class TierReplayTests
{
    [Fact]
    public void Each_step_starts_from_the_state_the_previous_step_stored()
    {
        var policy = Given.Policy();
        var windows = ReviewSchedule.QuarterEnds(Given.Date(2023, 3, 31), Given.Date(2023, 12, 31)).Select(d => EvaluationWindow.OnDate(policy, d)).ToList();
        var revenueByQuarter = new[] { 600000m, 520000m, 80000m, 95000m };

        var results = TierReplay.Run(policy, Given.Account(), windows, w => RevenueFacts.FromAggregates(revenueByQuarter[windows.IndexOf(w)], 0m, null, null), CrmTiering.Core.Evaluation.StoredTierState.Empty, MovementSource.Backfill, "EUR");

        Assert.Equal(new[] { TierMovement.Initial, TierMovement.None, TierMovement.Tier1Slip, TierMovement.None }, results.Select(r => r.Movement));
        Assert.Equal(new[] { Given.Tier1, Given.Tier1, Given.Tier3, Given.Tier3 }, results.Select(r => r.State.Tier!.Value));
        Assert.All(results, r => Assert.Equal(Given.Tier1, r.State.OnboardingTier));
        Assert.Equal(MovementSource.Backfill, results[2].HistoryEntry!.Source);
        Assert.Equal(Given.Date(2023, 9, 30), results[3].State.TierChangedOn);
    }
}
