using System;
using System.Globalization;
using System.IO;

namespace CrmTiering.Bench.Review;

/// <summary><c>generate --accounts N --opportunities M --invoices K --out DIR [--as-of DATE]</c>: only writes the CSVs.</summary>
public static class GenerateCommand
{
    public const string Name = "generate";

    public static int Run(string[] args, TextWriter output)
    {
        string Option(string name, string? fallback = null)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback ?? throw new ArgumentException($"{name} is required.");
        }

        var asOf = DateTime.ParseExact(Option("--as-of", "2025-03-31"), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var folder = Option("--out");
        new ReviewDataset(asOf).Write(
            folder,
            int.Parse(Option("--accounts"), CultureInfo.InvariantCulture),
            long.Parse(Option("--opportunities"), CultureInfo.InvariantCulture),
            long.Parse(Option("--invoices"), CultureInfo.InvariantCulture));
        output.WriteLine($"wrote {ReviewDataset.AccountsFile}, {ReviewDataset.OpportunitiesFile}, {ReviewDataset.InvoicesFile} to {folder}");
        return 0;
    }
}
