using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CrmTiering.Core.Choices;
using CrmTiering.Core.History;
using CrmTiering.Core.Time;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Plugins.Tiering;

/// <summary>
/// Writes the tier-change rows a backfill replay produced (source Backfill), skipping those an
/// earlier backfill already wrote — same day, same from, to and movement — so a repeated backfill
/// adds nothing. One query for the account's existing Backfill rows, then one Create per new row.
/// </summary>
public static class BackfillHistory
{
    public static int Write(
        IOrganizationService systemService,
        TieredAccount account,
        EntityReference? currency,
        IEnumerable<TierHistoryEntry> entries,
        PolicyTimeZone zone,
        Guid initiatingUserId,
        Action<string> trace,
        ISet<string>? existingKeys = null)
    {
        var existing = new HashSet<string>(existingKeys ?? (IEnumerable<string>)ExistingKeys(systemService, account.Id, zone).ToList(), StringComparer.Ordinal);
        var written = 0;
        foreach (var entry in entries)
        {
            var key = Key(zone.DateOf(entry.CalculatedOn), entry.FromTier, entry.ToTier, (int)entry.Movement);
            if (!existing.Add(key))
            {
                trace($"Account {account.Id}: backfill row {key} already exists.");
                continue;
            }

            var row = new Entity(TierChangeColumns.Table)
            {
                [TierChangeColumns.Name] = TierChangeName.For(entry.FromTier, entry.ToTier, entry.Movement),
                [TierChangeColumns.Account] = new EntityReference(AccountColumns.Table, account.Id),
                [TierChangeColumns.FromTier] = entry.FromTier is { } from ? new OptionSetValue(from) : null,
                [TierChangeColumns.ToTier] = new OptionSetValue(entry.ToTier),
                [TierChangeColumns.Movement] = new OptionSetValue((int)entry.Movement),
                // In the account's currency, like the rows RecordTierChange copies from the account.
                [TierChangeColumns.EffectiveRevenue] = new Money(entry.EffectiveRevenue * account.ExchangeRate),
                [TierChangeColumns.Reason] = entry.Reason,
                [TierChangeColumns.Source] = new OptionSetValue((int)MovementSource.Backfill),
                [TierChangeColumns.CalculatedOn] = entry.CalculatedOn,
            };
            if (TierChangeColumns.Initiator(initiatingUserId) is { } caller)
            {
                row[TierChangeColumns.InitiatedBy] = caller;
            }

            if (currency is not null)
            {
                row[TierChangeColumns.Currency] = new EntityReference(currency.LogicalName, currency.Id);
            }

            systemService.Create(row);
            written++;
            trace($"Account {account.Id}: backfill row {key}.");
        }

        return written;
    }

    /// <summary>
    /// The Backfill rows already written for a page of accounts, by account: one query, paged with the
    /// platform's cookie (plain rows, no aggregate, so no cap), instead of one query per account.
    /// </summary>
    public static IDictionary<Guid, ISet<string>> ExistingKeysOfPage(IOrganizationService systemService, IReadOnlyCollection<Guid> accountIds, PolicyTimeZone zone)
    {
        var keys = accountIds.ToDictionary(id => id, _ => (ISet<string>)new HashSet<string>(StringComparer.Ordinal));
        if (accountIds.Count == 0)
        {
            return keys;
        }

        var query = new QueryExpression(TierChangeColumns.Table)
        {
            ColumnSet = new ColumnSet(TierChangeColumns.Account, TierChangeColumns.CalculatedOn, TierChangeColumns.FromTier, TierChangeColumns.ToTier, TierChangeColumns.Movement),
            PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 },
        };
        query.Criteria.AddCondition(TierChangeColumns.Account, ConditionOperator.In, accountIds.Cast<object>().ToArray());
        query.Criteria.AddCondition(TierChangeColumns.Source, ConditionOperator.Equal, (int)MovementSource.Backfill);
        query.AddOrder(TierChangeColumns.Id, OrderType.Ascending);
        while (true)
        {
            var rows = systemService.RetrieveMultiple(query);
            foreach (var row in rows.Entities)
            {
                if (row.GetAttributeValue<EntityReference>(TierChangeColumns.Account)?.Id is Guid account && keys.TryGetValue(account, out var set) && KeyOf(row, zone) is string key)
                {
                    set.Add(key);
                }
            }

            if (!rows.MoreRecords)
            {
                return keys;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = rows.PagingCookie;
        }
    }

    private static string? KeyOf(Entity row, PolicyTimeZone zone)
    {
        var on = row.GetAttributeValue<DateTime?>(TierChangeColumns.CalculatedOn);
        var to = row.GetAttributeValue<OptionSetValue>(TierChangeColumns.ToTier)?.Value;
        return on is null || to is null
            ? null
            : Key(
                zone.DateOf(DateTime.SpecifyKind(on.Value, DateTimeKind.Utc)),
                row.GetAttributeValue<OptionSetValue>(TierChangeColumns.FromTier)?.Value,
                to.Value,
                row.GetAttributeValue<OptionSetValue>(TierChangeColumns.Movement)?.Value ?? 0);
    }

    private static IEnumerable<string> ExistingKeys(IOrganizationService systemService, Guid accountId, PolicyTimeZone zone)
    {
        var fetch = new StringBuilder()
            .Append("<fetch>")
            .Append($"<entity name=\"{TierChangeColumns.Table}\">")
            .Append($"<attribute name=\"{TierChangeColumns.CalculatedOn}\" />")
            .Append($"<attribute name=\"{TierChangeColumns.FromTier}\" />")
            .Append($"<attribute name=\"{TierChangeColumns.ToTier}\" />")
            .Append($"<attribute name=\"{TierChangeColumns.Movement}\" />")
            .Append("<filter>")
            .Append($"<condition attribute=\"{TierChangeColumns.Account}\" operator=\"eq\" value=\"{FetchXmlValues.Id(accountId)}\" />")
            .Append($"<condition attribute=\"{TierChangeColumns.Source}\" operator=\"eq\" value=\"{FetchXmlValues.Number((int)MovementSource.Backfill)}\" />")
            .Append("</filter></entity></fetch>");
        foreach (var row in systemService.RetrieveMultiple(new FetchExpression(fetch.ToString())).Entities)
        {
            var on = row.GetAttributeValue<DateTime?>(TierChangeColumns.CalculatedOn);
            var to = row.GetAttributeValue<OptionSetValue>(TierChangeColumns.ToTier)?.Value;
            if (on is null || to is null)
            {
                continue;
            }

            yield return Key(
                zone.DateOf(DateTime.SpecifyKind(on.Value, DateTimeKind.Utc)),
                row.GetAttributeValue<OptionSetValue>(TierChangeColumns.FromTier)?.Value,
                to.Value,
                row.GetAttributeValue<OptionSetValue>(TierChangeColumns.Movement)?.Value ?? 0);
        }
    }

    private static string Key(DateTime date, int? from, int to, int movement) =>
        string.Format(CultureInfo.InvariantCulture, "{0:yyyy-MM-dd} {1}→{2} {3}", date, from?.ToString(CultureInfo.InvariantCulture) ?? "none", to, movement);
}
