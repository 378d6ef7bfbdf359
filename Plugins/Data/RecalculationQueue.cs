using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// Hands an account to an asynchronous recalculation: one <c>ctier_tierrecalculation</c> row, created as
/// SYSTEM, whose Create step (RecalculateQueuedAccount) runs outside any transaction, where the
/// aggregate cap may be met and answered by slicing, and where a failure mark persists.
/// </summary>
public static class RecalculationQueue
{
    /// <summary>The row's name, for the admin's view: {0} = account id, {1} = "recalculate" or "backfill from …".</summary>
    public const string NameFormat = "{1}: account {0}";

    public static Guid Enqueue(IOrganizationService systemService, Guid accountId, DateTime? backfillFrom, string reason)
    {
        var what = backfillFrom is { } from ? "Backfill from " + FetchXmlValues.Date(from) : "Recalculate";
        var row = new Entity(TierRecalculationColumns.Table)
        {
            [TierRecalculationColumns.Name] = string.Format(System.Globalization.CultureInfo.InvariantCulture, NameFormat, accountId, what),
            [TierRecalculationColumns.Account] = new EntityReference(AccountColumns.Table, accountId),
            [TierRecalculationColumns.Reason] = reason.Length <= AccountTierWriter.CalculationErrorMaxLength ? reason : reason.Substring(0, AccountTierWriter.CalculationErrorMaxLength),
        };
        if (backfillFrom is { } date)
        {
            // DateOnly column: the calendar date itself.
            row[TierRecalculationColumns.BackfillFrom] = DateTime.SpecifyKind(date.Date, DateTimeKind.Unspecified);
        }

        return systemService.Create(row);
    }
}
