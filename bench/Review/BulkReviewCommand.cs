using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CrmTiering.Bench.Review;

/// <summary>
/// <c>bulk --accounts N --opportunities M [--invoices K] [--work DIR] [--as-of DATE] [--runs R] [--reuse]</c>:
/// generates the CSVs (<see cref="ReviewDataset"/>), runs <c>crmtiering review</c> and DuckDB
/// (bench/duckdb/windowed-sums.mjs) on the same files, each under GNU time, then checks that both
/// found the same won and paid revenue for every account. Prints the figures as markdown: each run
/// (the load before it, wall, CPU and peak memory of both, the ratios), then the medians and their ratios.
/// </summary>
public static class BulkReviewCommand
{
    public const string Name = "bulk";

    public static int Run(string[] args, TextWriter output)
    {
        var reuse = args.Length > 0 && args[^1] == "--reuse";
        var pairs = reuse ? args[..^1] : args;
        if (pairs.Length % 2 != 0 || !pairs.Contains("--accounts") || !pairs.Contains("--opportunities"))
        {
            throw new ArgumentException("usage: bulk --accounts N --opportunities M [--invoices K] [--work DIR] [--as-of YYYY-MM-DD] [--runs R] [--reuse]");
        }

        var options = Enumerable.Range(0, pairs.Length / 2).ToDictionary(i => pairs[2 * i], i => pairs[(2 * i) + 1]);
        var accounts = int.Parse(options["--accounts"], CultureInfo.InvariantCulture);
        var opportunities = long.Parse(options["--opportunities"], CultureInfo.InvariantCulture);
        var invoices = options.TryGetValue("--invoices", out var count) ? long.Parse(count, CultureInfo.InvariantCulture) : opportunities / 2;
        var asOf = options.TryGetValue("--as-of", out var date) ? date : "2025-03-31";
        var work = options.TryGetValue("--work", out var folder)
            ? folder
            : Path.Combine(Path.GetTempPath(), "crmtiering-bench", $"{accounts}-{opportunities}-{invoices}");
        var repository = RepositoryRoot();
        var cli = Path.Combine(repository, "Cli", "bin", "Release", "net10.0", "crmtiering");
        var script = Path.Combine(repository, "bench", "duckdb", "windowed-sums.mjs");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"{cli} is missing: dotnet build Cli -c Release.");
        }

        if (!Directory.Exists(Path.Combine(repository, "bench", "duckdb", "node_modules", "@duckdb")))
        {
            throw new InvalidOperationException("DuckDB is not installed: cd bench/duckdb && npm install.");
        }

        var accountsFile = Path.Combine(work, ReviewDataset.AccountsFile);
        var opportunitiesFile = Path.Combine(work, ReviewDataset.OpportunitiesFile);
        var invoicesFile = Path.Combine(work, ReviewDataset.InvoicesFile);
        if (!(reuse && File.Exists(invoicesFile)))
        {
            var watch = Stopwatch.StartNew();
            new ReviewDataset(DateTime.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture)).Write(work, accounts, opportunities, invoices);
            output.WriteLine($"generated {accounts:N0} accounts, {opportunities:N0} opportunities, {invoices:N0} invoices in {work} ({watch.Elapsed.TotalSeconds:F1} s)");
        }

        var bytes = new[] { accountsFile, opportunitiesFile, invoicesFile }.Sum(file => new FileInfo(file).Length);
        var reviewFile = Path.Combine(work, "review.csv");
        var sumsFile = Path.Combine(work, "duckdb-sums.csv");
        var runs = options.TryGetValue("--runs", out var times) ? int.Parse(times, CultureInfo.InvariantCulture) : 1;
        output.WriteLine($"input: {accounts:N0} accounts, {opportunities:N0} opportunities, {invoices:N0} invoices, {bytes / 1048576d:F0} MB of CSV; as-of {asOf}; {Environment.ProcessorCount} cores");
        output.WriteLine("| run | load before (1 min) | crmtiering review: wall s / CPU s / peak MB | DuckDB sums: wall s / CPU s / peak MB | ratio review ÷ DuckDB: time, memory |");
        output.WriteLine("|---|---:|---|---|---|");
        var reviews = new List<MeasuredRun>();
        var duckdbs = new List<MeasuredRun>();
        for (var run = 1; run <= runs; run++)
        {
            var load = LoadAverage();
            var review = MeasuredRun.Of(work, cli, "review", "--accounts", accountsFile, "--opportunities", opportunitiesFile, "--invoices", invoicesFile, "--as-of", asOf, "--out", reviewFile);
            var duckdb = MeasuredRun.Of(work, "node", script, "sums", "--accounts", accountsFile, "--opportunities", opportunitiesFile, "--invoices", invoicesFile, "--as-of", asOf, "--out", sumsFile);
            reviews.Add(review);
            duckdbs.Add(duckdb);
            output.WriteLine(FormattableString.Invariant(
                $"| {run} ({DateTime.UtcNow:HH:mm:ss}Z) | {load} | {review.WallSeconds:F2} / {review.CpuSeconds:F2} / {review.PeakMegabytes:F0} | {duckdb.WallSeconds:F2} / {duckdb.CpuSeconds:F2} / {duckdb.PeakMegabytes:F0} | {review.WallSeconds / duckdb.WallSeconds:F2}x, {review.PeakMegabytes / duckdb.PeakMegabytes:F2}x |"));
            if (review.StandardError.Length > 0) output.WriteLine($"crmtiering stderr: {review.StandardError}");
        }

        double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }

        var reviewWall = Median(reviews.Select(r => r.WallSeconds));
        var duckdbWall = Median(duckdbs.Select(r => r.WallSeconds));
        var reviewPeak = Median(reviews.Select(r => r.PeakMegabytes));
        var duckdbPeak = Median(duckdbs.Select(r => r.PeakMegabytes));
        output.WriteLine(FormattableString.Invariant(
            $"median of {runs}: review {reviewWall:F2} s / {reviewPeak:F0} MB, DuckDB {duckdbWall:F2} s / {duckdbPeak:F0} MB; ratio review / DuckDB: time {reviewWall / duckdbWall:F2}x, memory {reviewPeak / duckdbPeak:F2}x"));
        var agreement = MeasuredRun.Of(work, "node", script, "compare", "--review", reviewFile, "--sums", sumsFile);
        output.WriteLine($"agreement: {agreement.StandardOutput.Trim()}");
        return 0;
    }

    /// <summary>The machine's 1-minute load average (other work on the machine skews every figure).</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    /// <summary>The folder holding CrmTiering.sln, found upwards from the bench's binaries.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CrmTiering.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the bench from inside the repository (CrmTiering.sln not found above it).");
    }
}
