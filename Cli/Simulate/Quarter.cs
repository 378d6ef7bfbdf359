using System;
using System.Collections.Generic;

namespace CrmTiering.Cli.Simulate;

/// <summary>A calendar quarter clipped to the simulated range; the last one may be partial.</summary>
public sealed record Quarter(string Label, DateTime First, DateTime Last)
{
    public static IReadOnlyList<Quarter> Between(DateTime start, DateTime end)
    {
        var quarters = new List<Quarter>();
        var first = start.Date;
        while (first <= end)
        {
            var quarterStart = new DateTime(first.Year, (first.Month - 1) / 3 * 3 + 1, 1, 0, 0, 0, first.Kind);
            var last = quarterStart.AddMonths(3).AddDays(-1);
            if (last > end) last = end.Date;
            quarters.Add(new Quarter($"{first.Year} Q{(first.Month - 1) / 3 + 1}", first, last));
            first = last.AddDays(1);
        }
        return quarters;
    }
}
