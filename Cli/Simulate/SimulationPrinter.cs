using System.Globalization;
using System.IO;
using System.Linq;
using CrmTiering.Cli.Report;

namespace CrmTiering.Cli.Simulate;

/// <summary>
/// The console summary, quarter by quarter: tier distribution, movements, follow-up tasks and to
/// whom, and the solution's service calls per user event. Deterministic text (no timings, no ids),
/// so two runs with the same seed print the same.
/// </summary>
public static class SimulationPrinter
{
    public const string SubtitleFormat = "{0} accounts, {1} months from {2}, seed {3}";
    public const int OwnersListed = 4;

    public static void Write(TextWriter output, SimulationOutcome outcome)
    {
        var s = outcome.Settings;
        output.WriteLine("crmtiering simulate: " + string.Format(CultureInfo.InvariantCulture, SubtitleFormat, s.Accounts, s.Months, s.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Seed));
        output.WriteLine("policy: default v1 (" + string.Join(", ", outcome.Policy.Tiers.Take(outcome.Policy.Tiers.Count - 1)
            .Select(t => $"{t.Name} from {Amount(t.MinRevenue)}")) + " a year, base currency USD; accounts trade in USD, EUR and GBP)");
        foreach (var quarter in outcome.Quarters)
        {
            output.WriteLine();
            output.WriteLine($"{quarter.Label} ({quarter.First:yyyy-MM-dd} to {quarter.Last:yyyy-MM-dd})");
            var total = quarter.TierCounts.Sum();
            output.WriteLine("  tiers      " + string.Join(" | ", outcome.Policy.Tiers.Select(t => $"{t.Name} {quarter.TierCounts[t.Position - 1]}")) + $"  ({total} accounts)");
            var m = quarter.Movements;
            output.WriteLine($"  movements  Tier 1 slips {m.Slips}, surges {m.Surges}, promotions {m.Promotions}, demotions {m.Demotions}");
            output.WriteLine("  tasks      " + Tasks(quarter));
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "  calls      {0:0.0} per event on average, at most {1}, over {2} events", quarter.Calls.Mean, quarter.Calls.Max, quarter.Calls.Events));
            if (quarter.FailedJobs > 0) output.WriteLine($"  failed     {quarter.FailedJobs} background jobs failed");
        }
        output.WriteLine();
        var report = outcome.Report;
        output.WriteLine($"total: Tier 1 slips {report.Periods.Sum(p => p.Movements.Slips)}, surges {report.Periods.Sum(p => p.Movements.Surges)}, "
            + $"follow-up tasks {report.Periods.Sum(p => p.TasksCreated)}, below peak at the end {report.BelowPeak.Count}");
    }

    private static string Tasks(QuarterResult quarter)
    {
        var total = quarter.Tasks.Sum(t => t.Tasks);
        if (total == 0) return "none";
        var listed = quarter.Tasks.Take(OwnersListed).Select(t => $"{t.Owner.Name} ({t.Owner.Role}, {t.Owner.BusinessUnit}) {t.Tasks}");
        var others = quarter.Tasks.Skip(OwnersListed).Sum(t => t.Tasks);
        return $"{total} created: " + string.Join(", ", listed) + (others > 0 ? $", others {others}" : "");
    }

    private static string Amount(decimal value) => value.ToString("#,##0", CultureInfo.InvariantCulture);
}
