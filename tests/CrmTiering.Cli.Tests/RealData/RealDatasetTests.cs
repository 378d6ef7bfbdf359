using System;
using System.Collections.Generic;
using System.Globalization;
using CrmTiering.Core.Policy;

namespace CrmTiering.Cli.Tests.RealData;

/// <summary>
/// Issue item 3: the public dataset runs through `calibrate` and `review`; results are checked
/// against sums and tiers computed here, independently of the CLI and of Core.
/// </summary>
public class RealDatasetTests
{
    private static readonly DateTime AsOf = new(2017, 12, 31);

    /// <summary>Σ close_value of won deals per account with Start &lt; close_date ≤ D (12-month window).</summary>
    private static Dictionary<string, decimal> WonPerAccount(SalesDataset data, DateTime asOf)
    {
        var start = asOf.AddMonths(-12);
        var sums = new Dictionary<string, decimal>();
        foreach (var account in data.Accounts) sums[account["account"]] = 0m;
        foreach (var deal in data.Pipeline)
        {
            if (deal["deal_stage"] != "Won" || deal["account"].Length == 0) continue;
            var closed = DateTime.ParseExact(deal["close_date"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (closed > start && closed <= asOf) sums[deal["account"]] += SalesDataset.Number(deal["close_value"]);
        }
        return sums;
    }

    /// <summary>R19 by hand: the revenue of the account whose running total first reaches the share.</summary>
    private static decimal ThresholdAt(IReadOnlyList<KeyValuePair<string, decimal>> ranked, decimal share)
    {
        var total = ranked.Sum(p => p.Value);
        var running = 0m;
        foreach (var pair in ranked)
        {
            running += pair.Value;
            if (running >= total * share) return pair.Value;
        }
        return ranked[^1].Value;
    }

    [Fact]
    public void Calibrated_review_of_the_public_dataset_matches_independent_sums_and_tiers()
    {
        var data = SalesDataset.Locate();
        using var ws = new Workspace();
        SalesDatasetConversion.WriteInputs(data, ws);
        string[] inputs = { "--accounts", ws.PathOf("accounts.csv"), "--opportunities", ws.PathOf("opportunities.csv"), "--users", ws.PathOf("users.csv") };
        var withoutAccount = data.Pipeline.Count(o => o["account"].Length == 0);
        var skippedLine = string.Format(CliMessages.SkippedRowsWarning, withoutAccount, withoutAccount, 0);

        var calibrate = CliRun.Of(new[] { "calibrate", "--as-of", "2017-12-31", "--out", ws.PathOf("policy.json") }.Concat(inputs).ToArray());
        var review = CliRun.Of(new[] { "review", "--policy", ws.PathOf("policy.json"), "--as-of", "2017-12-31", "--out", ws.PathOf("review.csv") }.Concat(inputs).ToArray());

        Assert.Equal(0, calibrate.ExitCode);
        Assert.Equal(new[] { skippedLine }, calibrate.ErrorLines);
        Assert.Equal(0, review.ExitCode);
        Assert.Equal(new[] { skippedLine }, review.ErrorLines);

        var won = WonPerAccount(data, AsOf);
        var ranked = won.Where(p => p.Value > 0).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        var tier1 = ThresholdAt(ranked, 0.80m);
        var tier2 = ThresholdAt(ranked, 0.95m);
        var policy = TierPolicy.Parse(ws.Read("policy.json"));
        Assert.Equal(tier1, policy.Tiers[0].MinRevenue);
        Assert.Equal(tier2, policy.Tiers[1].MinRevenue);

        var table = OutputTable.Parse(ws.Read("review.csv"));
        Assert.Equal(data.Accounts.Count, table.Rows.Count);
        var tierCounts = new int[3];
        foreach (var account in data.Accounts)
        {
            var id = account["account"];
            var row = table.Row("2017-12-31", id);
            var expectedTier = won[id] >= tier1 ? 1 : won[id] >= tier2 ? 2 : 3;
            tierCounts[expectedTier - 1]++;
            Assert.Equal(won[id].ToString("0.00", CultureInfo.InvariantCulture), row["wonrevenue"]);
            Assert.Equal(Math.Max(won[id], 0m).ToString("0.00", CultureInfo.InvariantCulture), row["effectiverevenue"]);
            Assert.Equal("Tier " + expectedTier, row["tier"]);
            Assert.Equal("Initial", row["movement"]);
            var clientRevenue = SalesDataset.Number(account["revenue"]) * 1_000_000m;
            Assert.Equal(Math.Round(won[id] / clientRevenue, 4, MidpointRounding.AwayFromZero), decimal.Parse(row["shareofwallet"], CultureInfo.InvariantCulture));
        }
        Assert.All(tierCounts, count => Assert.True(count > 0)); // the calibration separates the accounts into all three tiers
    }

    [Fact]
    public void Quarterly_review_of_the_public_dataset_sums_each_window_and_routes_tasks_to_managers()
    {
        var data = SalesDataset.Locate();
        using var ws = new Workspace();
        SalesDatasetConversion.WriteInputs(data, ws);
        var policy = ws.Write("policy.json", "{\"tiers\":[{\"name\":\"Tier 1\",\"minRevenue\":150000},{\"name\":\"Tier 2\",\"minRevenue\":50000},{\"name\":\"Tier 3\",\"minRevenue\":0}]}");

        var run = CliRun.Of("review", "--policy", policy, "--from", "2017-03-31", "--to", "2017-12-31", "--every", "3",
            "--accounts", ws.PathOf("accounts.csv"), "--opportunities", ws.PathOf("opportunities.csv"), "--users", ws.PathOf("users.csv"),
            "--out", ws.PathOf("review.csv"), "--tasks", ws.PathOf("tasks.csv"));

        Assert.Equal(0, run.ExitCode);
        var table = OutputTable.Parse(ws.Read("review.csv"));
        var dates = new[] { new DateTime(2017, 3, 31), new DateTime(2017, 6, 30), new DateTime(2017, 9, 30), new DateTime(2017, 12, 31) };
        Assert.Equal(data.Accounts.Count * dates.Length, table.Rows.Count);
        foreach (var date in dates)
        {
            var won = WonPerAccount(data, date);
            var asOf = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            foreach (var pair in won)
            {
                Assert.Equal(pair.Value.ToString("0.00", CultureInfo.InvariantCulture), table.Row(asOf, pair.Key)["wonrevenue"]);
            }
        }

        // Every follow-up task goes to the manager of the account's owner (all users enabled).
        var owners = SalesDatasetConversion.OwnerPerAccount(data);
        var managerOf = data.Teams.ToDictionary(t => t["sales_agent"], t => t["manager"]);
        var tasks = OutputTable.Parse(ws.Read("tasks.csv")).Rows;
        var followUpRows = table.Rows.Count(r => r["movement"] == "Tier1Slip" || r["movement"] == "Surge");
        Assert.True(followUpRows > 0);
        Assert.Equal(followUpRows, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(managerOf[owners[t["accountid"]]], t["ownerid"]));
    }
}
