using System;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Time;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// Writes an evaluation's <see cref="StoredTierState"/> to the account: only the columns that
/// changed, tagged (<see cref="RecalculationTag"/>), so filtered steps and the protection step see
/// exactly what moved. Money is written in the account's own currency (base × the account's
/// exchange rate), so the platform's <c>_base</c> twin holds Core's base amount.
/// </summary>
public static class AccountTierWriter
{
    /// <summary>The ctier_calcerror column's length.</summary>
    public const int CalculationErrorMaxLength = 4000;

    /// <summary>An account with only the columns that differ between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static Entity Changes(TieredAccount account, StoredTierState after, PolicyTimeZone zone)
    {
        var changes = new Entity(AccountColumns.Table, account.Id) { RowVersion = account.RowVersion };
        foreach (var column in StoredTierColumns.All)
        {
            column.Write(changes, account.Stored, after, zone, account.ExchangeRate);
        }

        return changes;
    }

    /// <summary>
    /// One tagged Update (the tag tells RecordTierChange the source of a tier change). When the changes
    /// carry the RowVersion read before the aggregates, the write succeeds only if no one wrote the
    /// account since (ConcurrencyVersionMismatch otherwise): a stale job never overwrites a newer result.
    /// </summary>
    public static void Write(IOrganizationService systemService, Entity changes, MovementSource source) =>
        Write(systemService, changes, RecalculationTag.For(source));

    /// <summary>As <see cref="Write(IOrganizationService, Entity, MovementSource)"/> with the tag given.</summary>
    public static void Write(IOrganizationService systemService, Entity changes, string tag)
    {
        var request = new UpdateRequest
        {
            Target = changes,
            ConcurrencyBehavior = string.IsNullOrEmpty(changes.RowVersion) ? ConcurrencyBehavior.Default : ConcurrencyBehavior.IfRowVersionMatches,
        };
        request.Parameters[RecalculationTag.ParameterName] = tag;
        systemService.Execute(request);
    }

    /// <summary>
    /// Marks a failed recalculation (ctier_calcstatus Failed, ctier_calcerror); no tier column is touched.
    /// Asynchronous code only: in a transaction the failure rolls the mark back. No RowVersion: the mark
    /// touches only the status columns and must land even after lost races. It makes the account due now,
    /// so the next Due sweep evaluates it again and clears the mark.
    /// </summary>
    public static void WriteFailure(IOrganizationService systemService, Guid accountId, string message, DateTime retryOnUtc)
    {
        var changes = new Entity(AccountColumns.Table, accountId)
        {
            [AccountColumns.CalculationStatus] = new OptionSetValue((int)CalculationStatus.Failed),
            [AccountColumns.CalculationError] = Truncate(message, CalculationErrorMaxLength),
            // Due at once: the next Due sweep evaluates the account again and clears the mark.
            [AccountColumns.NextEvaluationOn] = retryOnUtc,
        };
        Write(systemService, changes, MovementSource.Plugin);
    }

    /// <summary>
    /// <see cref="WriteFailure"/> that never hides the original failure: a mark that cannot be written is
    /// traced. Asynchronous code only (it catches a platform fault).
    /// </summary>
    public static void TryWriteFailure(IOrganizationService systemService, Guid accountId, string message, DateTime retryOnUtc, Action<string> trace)
    {
        try
        {
            WriteFailure(systemService, accountId, message, retryOnUtc);
            trace($"Account {accountId} marked Failed: {message}");
        }
        catch (System.ServiceModel.FaultException<OrganizationServiceFault> fault)
        {
            trace($"Account {accountId} could not be marked Failed ({fault.Detail?.Message ?? fault.Message}).");
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length);
}
