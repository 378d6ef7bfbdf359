namespace CrmTiering.Plugins.Tiering;

/// <summary>How one recalculation runs: inside a transaction or not, and whether it keeps R17's contact date.</summary>
public sealed class RecalculationScope
{
    /// <summary>
    /// The base currency code shown in explanations. Empty: naming it would cost a read per event
    /// (the organisation's base currency); amounts are base currency either way.
    /// </summary>
    public const string ExplanationCurrencyCode = "";

    public RecalculationScope(bool inTransaction, bool keepsContactDue)
    {
        InTransaction = inTransaction;
        KeepsContactDue = keepsContactDue;
    }

    /// <summary>
    /// The execution context's IsInTransaction. Inside a transaction a failed call ends it, so the
    /// recalculation probes before aggregating and never catches a fault.
    /// </summary>
    public bool InTransaction { get; }

    /// <summary>The sweep and the review also compute <c>ctier_nextcontactdue</c> (one query more).</summary>
    public bool KeepsContactDue { get; }
}
