using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using CrmTiering.Plugins.CustomApi;

namespace CrmTiering.Bench.Sweep;

/// <summary>
/// <c>sweep [--accounts N] [--seed S] [--page-size P] [--modes All,Due,Backfill] [--profile]</c>: builds the seeded org (<see cref="SweptOrganization"/>)
/// twice, and on each drives ctier_RecalculateTiers to completion for All, then Due a quarter later,
/// then Backfill of 12 quarters: once with the shipped plug-in (the page path), once with
/// <see cref="PerAccountSweep"/> (today's per-account code). Prints one line per mode and path from
/// the emulator's call log, and whether both paths left the same stored columns and history.
/// </summary>
public static class SweepCommand
{
    public const string Name = "sweep";
    public const int DefaultAccounts = 10_000;
    public const int DefaultSeed = 18;

    /// <summary>Backfill replays 12 quarter ends: From is the first day of the quarter that ends 12 quarters before the one before the Due sweep.</summary>
    public const int BackfillQuarters = 12;

    public static int Run(string[] args, TextWriter output)
    {
        int accounts = DefaultAccounts, seed = DefaultSeed;
        int? pageSize = null;
        var profile = false;
        IReadOnlyCollection<RecalculationMode> modes = AllModes;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--profile")
            {
                profile = true;
                continue;
            }

            var value = i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : (int?)null;
            switch (args[i])
            {
                case "--accounts" when value is { } n:
                    accounts = n;
                    break;
                case "--seed" when value is { } s:
                    seed = s;
                    break;
                case "--page-size" when value is { } p:
                    pageSize = p;
                    break;
                case "--modes" when i + 1 < args.Length && Modes(args[i + 1]) is { } chosen:
                    modes = chosen;
                    break;
                default:
                    Console.Error.WriteLine($"bench sweep: unknown or incomplete option '{args[i]}'. Usage: sweep [--accounts N] [--seed S] [--page-size P] [--modes All,Due,Backfill] [--profile] (positive whole numbers; modes in that order).");
                    return 2;
            }

            i++;
        }

        var page = Measure(SweepPath.Page, accounts, seed, pageSize, modes, profile, output);
        var perAccount = Measure(SweepPath.PerAccount, accounts, seed, pageSize, modes, profile, output);
        output.WriteLine();
        for (var i = 0; i < page.Costs.Count; i++)
        {
            output.WriteLine(page.Costs[i].Line());
            output.WriteLine(perAccount.Costs[i].Line());
        }

        var differences = page.Outcome.Differences(perAccount.Outcome);
        output.WriteLine(differences == 0
            ? $"same stored result: yes (every ctier_ column and tier-change row of all {accounts} accounts)"
            : $"same stored result: NO, {differences} of {accounts} accounts differ");
        return differences == 0 ? 0 : 1;
    }

    /// <summary>The three sweeps on one freshly built org, as <see cref="Sweeps"/> runs them, with what they cost.</summary>
    public static (IReadOnlyList<SweepCost> Costs, StoredOutcome Outcome) Measure(SweepPath path, int accounts, int seed, int? pageSize, IReadOnlyCollection<RecalculationMode> modes, bool profile, TextWriter output)
    {
        var watch = Stopwatch.StartNew();
        var org = SweptOrganization.Build(accounts, seed, path);
        var queries = profile ? QueryProfile.AttachTo(org.Org) : null;
        output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0}: built {1} accounts, {2:N0} rows in {3:0.0} s",
            path, accounts, org.Rows, watch.Elapsed.TotalSeconds));
        var costs = Sweeps(org, path, pageSize, keepLog: false, modes);
        foreach (var cost in costs)
        {
            output.WriteLine(cost.Line());
            output.WriteLine(cost.Detail());
        }

        queries?.Print(output);
        var outcome = StoredOutcome.Of(org);
        output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0}: done in {1:0.0} s, peak working set {2:0.00} GiB",
            path, watch.Elapsed.TotalSeconds, Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024 * 1024)));
        return (costs, outcome);
    }

    /// <summary>All now; Due after the clock moves a quarter; Backfill of <see cref="BackfillQuarters"/> quarters.</summary>
    /// <remarks>The clock moves whether or not Due runs, so Backfill always replays from the same date.</remarks>
    public static IReadOnlyList<SweepCost> Sweeps(SweptOrganization org, SweepPath path, int? pageSize, bool keepLog, IReadOnlyCollection<RecalculationMode>? modes = null)
    {
        modes ??= AllModes;
        var driver = new SweepDriver(org, path, keepLog);
        var costs = new List<SweepCost>();
        if (modes.Contains(RecalculationMode.All))
        {
            costs.Add(driver.Run(RecalculationMode.All, pageSize: pageSize));
        }

        org.Clock.Set(SweptOrganization.Start.AddMonths(3));
        if (modes.Contains(RecalculationMode.Due))
        {
            costs.Add(driver.Run(RecalculationMode.Due, pageSize: pageSize));
        }

        if (modes.Contains(RecalculationMode.Backfill))
        {
            costs.Add(driver.Run(RecalculationMode.Backfill, BackfillFrom(org.Clock.UtcNow), pageSize));
        }

        return costs;
    }

    private static readonly RecalculationMode[] AllModes = { RecalculationMode.All, RecalculationMode.Due, RecalculationMode.Backfill };

    /// <summary>"All,Due" → those modes; null when a name is not a mode.</summary>
    private static IReadOnlyCollection<RecalculationMode>? Modes(string text)
    {
        var modes = new List<RecalculationMode>();
        foreach (var name in text.Split(','))
        {
            if (!Enum.TryParse(name.Trim(), ignoreCase: true, out RecalculationMode mode) || !Enum.IsDefined(mode))
            {
                return null;
            }

            modes.Add(mode);
        }

        return modes;
    }

    /// <summary>The first day of the quarter whose end is the 12th quarter end before <paramref name="nowUtc"/>.</summary>
    public static DateTime BackfillFrom(DateTime nowUtc)
    {
        var quarterStart = new DateTime(nowUtc.Year, ((nowUtc.Month - 1) / 3 * 3) + 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return quarterStart.AddMonths(-3 * BackfillQuarters);
    }
}
