using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Policy;

namespace CrmTiering.Cli.Report;

/// <summary>
/// Tallies accounts, movements and tasks into the report's periods, whichever run produced them.
/// Periods are known up front so that a period nobody was counted in still shows (an empty bar).
/// Only the last period's accounts are kept (for the below-peak table and the quadrants), so memory
/// grows with accounts, not with periods.
/// </summary>
public sealed class TierReportBuilder
{
    private readonly TierPolicy _policy;
    private readonly string _title;
    private readonly string _subtitle;
    private readonly string _periodKind;
    private readonly IReadOnlyList<string> _labels;
    private readonly int[][] _tiers;
    private readonly int[][] _movements;
    private readonly int[] _belowPeak;
    private readonly int[] _tasks;
    private readonly List<AccountSnapshot> _last = new();

    public TierReportBuilder(TierPolicy policy, string title, string subtitle, string periodKind, IEnumerable<string> periodLabels)
    {
        _periodKind = periodKind;
        _policy = policy;
        _title = title;
        _subtitle = subtitle;
        _labels = periodLabels.ToArray();
        _tiers = _labels.Select(_ => new int[policy.Tiers.Count]).ToArray();
        _movements = _labels.Select(_ => new int[4]).ToArray();
        _belowPeak = new int[_labels.Count];
        _tasks = new int[_labels.Count];
    }

    /// <summary>Counts an account's state at the end of a period (once per account and period).</summary>
    public void CountAccount(int period, AccountSnapshot account)
    {
        Check(period);
        _tiers[period][account.Tier.Position - 1]++;
        if (account.BelowPeak) _belowPeak[period]++;
        if (period == _labels.Count - 1) _last.Add(account);
    }

    /// <summary>Counts one movement in a period; Initial and None are ignored.</summary>
    public void CountMovement(int period, TierMovement movement)
    {
        Check(period);
        var slot = movement switch
        {
            TierMovement.Promotion => 0,
            TierMovement.Surge => 1,
            TierMovement.Demotion => 2,
            TierMovement.Tier1Slip => 3,
            _ => -1,
        };
        if (slot >= 0) _movements[period][slot]++;
    }

    /// <summary>Counts a follow-up task created in a period.</summary>
    public void CountTask(int period)
    {
        Check(period);
        _tasks[period]++;
    }

    public TierReport Build()
    {
        var periods = _labels.Select((label, i) => new ReportPeriod(
            label,
            _tiers[i].ToArray(),
            new MovementCounts(_movements[i][0], _movements[i][1], _movements[i][2], _movements[i][3]),
            _belowPeak[i],
            _tasks[i])).ToArray();
        var belowPeak = _last
            .Where(account => account.BelowPeak && account.HighestTier is not null)
            .Select(account => new BelowPeakAccount(
                account.Id,
                account.Name,
                account.Tier.Name,
                account.HighestTier!.Name,
                account.Tier.Position - account.HighestTier.Position,
                account.EffectiveRevenue))
            .OrderByDescending(account => account.PositionsBelowPeak)
            .ThenByDescending(account => account.EffectiveRevenue)
            .ThenBy(account => account.Id, StringComparer.Ordinal)
            .ToArray();
        var quadrants = new QuadrantCounts(
            _last.Count(a => a.Quadrant == Quadrant.Maximise),
            _last.Count(a => a.Quadrant == Quadrant.Develop),
            _last.Count(a => a.Quadrant == Quadrant.Minimise),
            _last.Count(a => a.Quadrant == Quadrant.Eject));
        return new TierReport(_title, _subtitle, _periodKind, _policy.Tiers.Select(t => t.Name).ToArray(), periods, belowPeak, quadrants, _policy.ImportantUpToTier);
    }

    private void Check(int period)
    {
        if (period < 0 || period >= _labels.Count) throw new ArgumentOutOfRangeException(nameof(period));
    }
}
