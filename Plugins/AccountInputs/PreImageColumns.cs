using System.Collections.Generic;
using System.Linq;
using CrmTiering.Plugins.Data;

namespace CrmTiering.Plugins.AccountInputs;

/// <summary>
/// What AccountTierInputs needs of the stored account: every column the evaluation maps, plus the
/// expected revenue in the account's currency to tell whether a save changes it.
/// </summary>
public static class PreImageColumns
{
    public static IReadOnlyList<string> All { get; } =
        AccountTierReader.Columns.Concat(new[] { AccountColumns.ExpectedAnnualRevenue, AccountColumns.ClientRevenue }).Distinct().ToArray();
}
