using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Bench.Sweep;

/// <summary>
/// What a sweep left stored, per account: every ctier_ column of the account and its tier-change rows
/// (from, to, movement, source, effective revenue, calculated on), as text. Two paths over the same
/// seeded org must leave the same text for every account; the benchmark says how many differ.
/// </summary>
public sealed class StoredOutcome
{
    private readonly Dictionary<Guid, string> _byAccount;

    private StoredOutcome(Dictionary<Guid, string> byAccount) => _byAccount = byAccount;

    public static StoredOutcome Of(SweptOrganization org)
    {
        var history = History(org);
        var byAccount = new Dictionary<Guid, string>();
        foreach (var id in org.Accounts)
        {
            var account = org.Org.Peek(AccountColumns.Table, id)!;
            var text = new StringBuilder();
            foreach (var column in account.Attributes.Keys.Where(key => key.StartsWith("ctier_", StringComparison.Ordinal)).OrderBy(key => key, StringComparer.Ordinal))
            {
                text.Append(column).Append('=').Append(Text(account[column])).Append(';');
            }

            if (history.TryGetValue(id, out var rows))
            {
                foreach (var row in rows.OrderBy(row => row, StringComparer.Ordinal))
                {
                    text.Append('|').Append(row);
                }
            }

            byAccount[id] = text.ToString();
        }

        org.Org.Calls.Clear();
        return new StoredOutcome(byAccount);
    }

    /// <summary>Accounts whose stored outcome differs from <paramref name="other"/>'s (missing ones count).</summary>
    public int Differences(StoredOutcome other) =>
        _byAccount.Count(pair => !other._byAccount.TryGetValue(pair.Key, out var text) || text != pair.Value)
        + other._byAccount.Keys.Count(id => !_byAccount.ContainsKey(id));

    /// <summary>Tier-change rows of every account, read as SYSTEM page by page.</summary>
    private static Dictionary<Guid, List<string>> History(SweptOrganization org)
    {
        var query = new QueryExpression(TierChangeColumns.Table)
        {
            ColumnSet = new ColumnSet(TierChangeColumns.Account, TierChangeColumns.FromTier, TierChangeColumns.ToTier, TierChangeColumns.Movement,
                TierChangeColumns.Source, TierChangeColumns.EffectiveRevenue, TierChangeColumns.CalculatedOn),
            PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 },
        };
        var byAccount = new Dictionary<Guid, List<string>>();
        while (true)
        {
            var page = org.Org.SystemService.RetrieveMultiple(query);
            foreach (var row in page.Entities)
            {
                var account = row.GetAttributeValue<EntityReference>(TierChangeColumns.Account)?.Id ?? Guid.Empty;
                if (!byAccount.TryGetValue(account, out var rows))
                {
                    rows = new List<string>();
                    byAccount[account] = rows;
                }

                rows.Add(string.Join(",", query.ColumnSet.Columns.Skip(1).Select(column => Text(row.Contains(column) ? row[column] : null))));
            }

            if (!page.MoreRecords)
            {
                return byAccount;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        Money money => money.Value.ToString(CultureInfo.InvariantCulture),
        EntityReference reference => reference.Id.ToString("D"),
        DateTime instant => instant.ToString("o", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
