using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CrmTiering.Bench.Review;

/// <summary>
/// <c>bulk --accounts N --opportunities M [--invoices K] [--work DIR] [--as-of DATE] [--reuse]</c>:
/// generates the CSVs (<see cref="ReviewDataset"/>), runs <c>crmtiering review</c> and DuckDB
/// (bench/duckdb/windowed-sums.mjs) on the same files, each under GNU time, then checks that both
/// found the same won and paid revenue for every account. Prints the figures as markdown.
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
            throw new ArgumentException("usage: bulk --accounts N --opportunities M [--invoices K] [--work DIR] [--as-of YYYY-MM-DD] [--reuse]");
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
        var review = MeasuredRun.Of(work, cli, "review", "--accounts", accountsFile, "--opportunities", opportunitiesFile, "--invoices", invoicesFile, "--as-of", asOf, "--out", reviewFile);
        var duckdb = MeasuredRun.Of(work, "node", script, "sums", "--accounts", accountsFile, "--opportunities", opportunitiesFile, "--invoices", invoicesFile, "--as-of", asOf, "--out", sumsFile);
        var agreement = MeasuredRun.Of(work, "node", script, "compare", "--review", reviewFile, "--sums", sumsFile);

        output.WriteLine($"input: {accounts:N0} accounts, {opportunities:N0} opportunities, {invoices:N0} invoices, {bytes / 1048576d:F0} MB of CSV; as-of {asOf}");
        output.WriteLine("| run | wall time (s) | CPU time (s) | peak memory (MB, max RSS) |");
        output.WriteLine("|---|---:|---:|---:|");
        output.WriteLine(FormattableString.Invariant($"| crmtiering review | {review.WallSeconds:F2} | {review.CpuSeconds:F2} | {review.PeakMegabytes:F0} |"));
        output.WriteLine(FormattableString.Invariant($"| DuckDB windowed sums (Node) | {duckdb.WallSeconds:F2} | {duckdb.CpuSeconds:F2} | {duckdb.PeakMegabytes:F0} |"));
        output.WriteLine(FormattableString.Invariant($"ratio review / DuckDB: time {review.WallSeconds / duckdb.WallSeconds:F1}x, memory {review.PeakMegabytes / duckdb.PeakMegabytes:F1}x"));
        if (review.StandardError.Length > 0)
        {
            output.WriteLine($"crmtiering stderr: {review.StandardError}");
        }

        output.WriteLine($"agreement: {agreement.StandardOutput.Trim()}");
        return 0;
    }

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
