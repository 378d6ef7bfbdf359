using System.Collections.Generic;

namespace CrmTiering.Cli.Tests.Rules;

/// <summary>
/// Runs <c>crmtiering review</c> over small hand-written files, one rule at a time. Expected values
/// in these tests are worked out by hand from DESIGN.md and docs/cli.md, never from the code.
/// </summary>
internal sealed class RuleReview
{
    private RuleReview(CliRun run, OutputTable? table)
    {
        Run = run;
        Table = table;
    }

    public CliRun Run { get; }

    public OutputTable? Table { get; }

    public IReadOnlyDictionary<string, string> Row(string asOf, string accountId) => Table!.Row(asOf, accountId);

    public IReadOnlyList<string> Column(string accountId, string column) =>
        Table!.For(accountId).Select(row => row[column]).ToList();

    /// <summary>The default tiers (500 000 / 100 000 / 0) plus the given policy fields.</summary>
    public static string Policy(string fields = "") =>
        "{\"tiers\":[{\"name\":\"Tier 1\",\"minRevenue\":500000},{\"name\":\"Tier 2\",\"minRevenue\":100000},{\"name\":\"Tier 3\",\"minRevenue\":0}]"
        + (fields.Length == 0 ? string.Empty : "," + fields) + "}";

    /// <summary>
    /// Writes the files and runs review. <paramref name="invoices"/> and <paramref name="policy"/>
    /// are optional; <paramref name="dates"/> are the date options (<c>--as-of X</c> or a range).
    /// </summary>
    public static RuleReview Of(
        Workspace ws,
        string[] accounts,
        string[] opportunities,
        string[]? invoices = null,
        string? policy = null,
        string[]? dates = null,
        params string[] extra)
    {
        var args = new List<string>
        {
            "review",
            "--accounts", ws.Write("accounts.csv", accounts),
            "--opportunities", ws.Write("opportunities.csv", opportunities),
            "--out", ws.PathOf("review.csv"),
        };
        if (invoices != null) args.AddRange(new[] { "--invoices", ws.Write("invoices.csv", invoices) });
        if (policy != null) args.AddRange(new[] { "--policy", ws.Write("policy.json", policy) });
        args.AddRange(dates ?? new[] { "--as-of", "2024-03-31" });
        args.AddRange(extra);
        var run = CliRun.Of(args.ToArray());
        var table = run.ExitCode == 0 ? OutputTable.Parse(ws.Read("review.csv")) : null;
        return new RuleReview(run, table);
    }
}
