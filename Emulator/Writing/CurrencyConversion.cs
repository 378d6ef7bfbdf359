using System;
using System.Collections.Generic;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Writing;

/// <summary>
/// The platform's currency columns, computed at write time: a row with money gets a
/// transactioncurrencyid (the base currency when none is given), the currency's exchangerate,
/// and for every money column x a read-only x_base = x ÷ exchangerate rounded to 4 decimals.
/// </summary>
internal static class CurrencyConversion
{
    public const string CurrencyColumn = "transactioncurrencyid";
    public const string RateColumn = "exchangerate";
    public const string BaseSuffix = "_base";

    public static bool IsBaseColumn(string column) => column.EndsWith(BaseSuffix, StringComparison.Ordinal);

    public static void Apply(TableDefinition table, Dictionary<string, object?> values, DataStore store, Guid baseCurrencyId)
    {
        if (table.LogicalName == StandardTables.TransactionCurrency)
        {
            // Its primary key is named like the lookup; a currency has no currency of its own.
            return;
        }

        List<string>? moneyColumns = null;
        foreach (var value in values)
        {
            if (value.Value is Money && !IsBaseColumn(value.Key))
            {
                (moneyColumns ??= new List<string>()).Add(value.Key);
            }
        }

        if (moneyColumns is null && !values.ContainsKey(CurrencyColumn))
        {
            return;
        }

        if (values.GetValueOrDefault(CurrencyColumn) is not EntityReference currency)
        {
            currency = new EntityReference(StandardTables.TransactionCurrency, baseCurrencyId);
            values[CurrencyColumn] = currency;
        }

        var rate = RateOf(store, currency.Id);
        values[RateColumn] = rate;
        var currencyPrecision = PrecisionOf(store, currency.Id);
        foreach (var column in moneyColumns ?? new List<string>())
        {
            // "Currency columns": a money value is stored rounded to its precision — the column's own
            // (PrecisionSource 0) or, by default, the transaction currency's (PrecisionSource 2).
            var amount = new Money(Math.Round(((Money)values[column]!).Value, table.MoneyPrecisionOf(column) ?? currencyPrecision, MidpointRounding.AwayFromZero));
            values[column] = amount;
            values[column + BaseSuffix] = new Money(Math.Round(amount.Value / rate, 4, MidpointRounding.AwayFromZero));
        }

        // A declared money column without a value has no base value either (cleared by an update).
        foreach (var column in table.MoneyColumns)
        {
            if (!values.ContainsKey(column))
            {
                values.Remove(column + BaseSuffix);
            }
        }
    }

    private static int PrecisionOf(DataStore store, Guid currencyId) =>
        store.Find(StandardTables.TransactionCurrency, currencyId)?["currencyprecision"] is int precision and >= 0 and <= 4 ? precision : 2;

    private static decimal RateOf(DataStore store, Guid currencyId)
    {
        var row = store.Find(StandardTables.TransactionCurrency, currencyId)
            ?? throw PlatformFault.ObjectDoesNotExist(StandardTables.TransactionCurrency, currencyId);
        return row[RateColumn] is decimal rate && rate > 0 ? rate : 1m;
    }
}
