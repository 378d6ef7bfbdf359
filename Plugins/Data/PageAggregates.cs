using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// Runs one <see cref="PageRevenueKind"/> over a page of accounts without ever meeting the 50 000-row
/// aggregate cap (the cap counts the rows the filter matches, and a count aggregate meets it too, so the
/// page is proved small by a plain query first). A probe (same filter, <c>top</c> 5 000, ordered by the
/// account id) that comes back short proves the aggregate over those accounts safe (fewer than 5 000 rows,
/// hence fewer than 5 000 groups). A full probe splits the page: the accounts seen before the last row's
/// account are complete (their rows are all in the 5 000), so they are aggregated as one group; the rest is
/// probed again. An account that fills a probe alone is too large for the transaction. Calls: one probe
/// per round, one aggregate per safe group, none when the probe finds no row.
/// </summary>
public static class PageAggregates
{
    /// <summary>The aggregate rows of every safe group, and the accounts too large to aggregate here.</summary>
    public static PageAggregateRows Run(
        IOrganizationService systemService, PageRevenueKind kind, IReadOnlyCollection<Guid> accounts, Action<string> trace)
    {
        var split = Split(systemService, kind, accounts, trace);
        var rows = new List<Entity>();
        foreach (var group in split.Groups)
        {
            rows.AddRange(systemService.RetrieveMultiple(new FetchExpression(kind.Aggregate(group))).Entities);
        }

        return new PageAggregateRows(rows, split.TooLarge);
    }

    /// <summary>
    /// The probes alone: the groups of accounts whose rows of <paramref name="kind"/> are proved fewer than
    /// <see cref="RevenueQueries.ProbeRows"/> (groups with no row left out), and the accounts too large. Any
    /// narrower filter over a group (a date bucket inside the probed span) is then safe too.
    /// </summary>
    public static PageAggregateGroups Split(
        IOrganizationService systemService, PageRevenueKind kind, IReadOnlyCollection<Guid> accounts, Action<string> trace)
    {
        var groups = new List<IReadOnlyCollection<Guid>>();
        var tooLarge = new List<Guid>();
        var pending = new List<Guid>(accounts);
        while (pending.Count > 0)
        {
            var owners = systemService.RetrieveMultiple(new FetchExpression(kind.Probe(pending))).Entities
                .Select(row => row.GetAttributeValue<AliasedValue>(PageRevenueKind.ProbeOwnerAttribute)?.Value)
                .OfType<Guid>()
                .ToList();
            if (owners.Count < RevenueQueries.ProbeRows)
            {
                if (owners.Count > 0)
                {
                    groups.Add(pending.ToArray());
                }

                break;
            }

            var last = owners[owners.Count - 1];
            var complete = new HashSet<Guid>(owners.Where(owner => owner != last));
            if (complete.Count == 0)
            {
                trace($"Account {last} alone has {RevenueQueries.ProbeRows} or more {kind.What}.");
                tooLarge.Add(last);
                pending.Remove(last);
                continue;
            }

            trace($"{kind.What}: {RevenueQueries.ProbeRows} rows or more over {pending.Count} accounts; aggregating the {complete.Count} accounts seen in full, probing the rest again.");
            groups.Add(complete.ToArray());
            pending.RemoveAll(complete.Contains);
        }

        return new PageAggregateGroups(groups, tooLarge);
    }

    /// <summary>The account an aggregate row is grouped by (a lookup comes back as a reference).</summary>
    public static Guid? Owner(Entity row) => row.GetAttributeValue<AliasedValue>(PageRevenueKind.OwnerAlias)?.Value switch
    {
        EntityReference reference => reference.Id,
        Guid id => id,
        _ => null,
    };

    public static object? Aliased(Entity row, string alias) => row.GetAttributeValue<AliasedValue>(alias)?.Value;

    public static decimal? Amount(Entity row, string alias) => Aliased(row, alias) switch
    {
        Money money => money.Value,
        decimal value => value,
        _ => null,
    };
}
