using System;
using System.Collections.Generic;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.AccountInputs;

/// <summary>
/// The account row as it will be once a pre-operation Target is saved: the stored columns (pre-image)
/// with the Target laid over them. Money the Target sends is in the account's currency; its
/// <c>_base</c> twin does not exist before the core operation, so it is derived here with the
/// account's exchange rate (1 on Create, when the platform has not set one yet).
/// </summary>
public static class AccountAsSaved
{
    private static readonly string[] MoneyInputs = { AccountColumns.ExpectedAnnualRevenue, AccountColumns.ClientRevenue };

    public static Entity Merge(Entity? stored, Entity target, Guid accountId, IEnumerable<string> columns)
    {
        var row = new Entity(AccountColumns.Table, accountId);
        foreach (var column in columns)
        {
            if (target.Contains(column))
            {
                row[column] = target[column];
            }
            else if (stored is not null && stored.Contains(column))
            {
                row[column] = stored[column];
            }
        }

        var rate = row.GetAttributeValue<decimal?>(AccountColumns.ExchangeRate) is { } known && known > 0m ? known : 1m;
        foreach (var money in MoneyInputs)
        {
            if (target.Contains(money))
            {
                row[AccountColumns.Base(money)] = target.GetAttributeValue<Money>(money) is { } amount ? new Money(amount.Value / rate) : null;
            }
        }

        return row;
    }
}
