using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Bench.Calls;

/// <summary>
/// <c>calls [--sizes 10,1000,…]</c>: service calls and rows returned per event, for the shipped
/// plug-in and the naive one, on an account with N won opportunities (one a day over the window,
/// 300 000 in all: Tier 2). "Unchanged" = an open opportunity is created (pipeline weight 0, so
/// nothing moves); "changed" = a 400 000 deal is won (Tier 2 → Tier 1, history row written).
/// </summary>
public static class CallsPerEventCommand
{
    public const string Name = "calls";

    private const int Tier1 = 512000000;
    private const int Tier2 = 512000001;
    private const decimal HistoryValue = 300_000m;
    private const decimal DealValue = 400_000m;

    private static readonly int[] DefaultSizes = { 10, 1_000, 40_000, 100_000, 120_000 };

    public static int Run(string[] args, TextWriter output)
    {
        var sizes = args.Length == 2 && args[0] == "--sizes"
            ? args[1].Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture)).ToArray()
            : DefaultSizes;
        output.WriteLine("| child rows | event | product calls | product rows returned | naive calls | naive rows returned | product calls in order | capped queries | same stored result |");
        output.WriteLine("|---:|---|---:|---:|---:|---:|---|---:|---|");
        foreach (var size in sizes)
        {
            var product = Measure(Recalculator.Product, size);
            var naive = Measure(Recalculator.Naive, size);
            for (var i = 0; i < product.Count; i++)
            {
                var (kind, productCost, productState) = product[i];
                var (_, naiveCost, naiveState) = naive[i];
                output.WriteLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "| {0:N0} | {1} | {2} | {3:N0} | {4} | {5:N0} | {6} | {7} | {8} |",
                    size, kind, productCost.Calls, productCost.RowsReturned, naiveCost.Calls, naiveCost.RowsReturned,
                    productCost.Sequence, productCost.CappedQueries, productState == naiveState ? "yes" : $"NO: {productState} vs {naiveState}"));
            }
        }

        return 0;
    }

    /// <summary>Both events on one organisation: first the one that changes nothing, then the win.</summary>
    private static List<(string Kind, EventCost Cost, string State)> Measure(Recalculator recalculator, int historyRows)
    {
        var org = new MeasuredOrganization(recalculator);
        org.SeedWonHistory(historyRows, HistoryValue);
        var deal = org.CreateOpenOpportunity(DealValue);
        org.Drain();
        Expect(org, Tier2, recalculator, historyRows, "after the first evaluation");

        var unchanged = org.Measure(() => org.CreateOpenOpportunity(2_000m));
        Expect(org, Tier2, recalculator, historyRows, "after an event that changes nothing");
        var unchangedState = State(org);

        var changed = org.Measure(() => org.Win(deal, DealValue));
        Expect(org, Tier1, recalculator, historyRows, "after the win");
        return new List<(string, EventCost, string)>
        {
            ("tier unchanged", unchanged, unchangedState),
            ("tier changed", changed, State(org)),
        };
    }

    private static void Expect(MeasuredOrganization org, int tier, Recalculator recalculator, int historyRows, string when)
    {
        if (org.Tier != tier)
        {
            throw new InvalidOperationException($"{recalculator} with {historyRows} rows: tier {org.Tier} {when}, expected {tier}.");
        }
    }

    /// <summary>The stored columns both plug-ins must agree on.</summary>
    private static string State(MeasuredOrganization org)
    {
        var account = org.Org.Peek(AccountColumns.Table, org.Account)!;
        return string.Format(
            CultureInfo.InvariantCulture,
            "tier {0}, won {1}, effective {2}",
            account.GetAttributeValue<OptionSetValue>(AccountColumns.Tier)?.Value,
            account.GetAttributeValue<Money>(AccountColumns.WonRevenue)?.Value,
            account.GetAttributeValue<Money>(AccountColumns.EffectiveRevenue)?.Value);
    }
}
