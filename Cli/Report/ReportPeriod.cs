using System.Collections.Generic;

namespace CrmTiering.Cli.Report;

/// <summary>
/// One column of the report's charts: a review date (review) or a quarter (simulate).
/// <see cref="TierCounts"/> is indexed by tier position − 1, best tier first.
/// </summary>
public sealed record ReportPeriod(string Label, IReadOnlyList<int> TierCounts, MovementCounts Movements, int BelowPeak, int TasksCreated)
{
    public int Accounts
    {
        get
        {
            var total = 0;
            foreach (var count in TierCounts) total += count;
            return total;
        }
    }
}
