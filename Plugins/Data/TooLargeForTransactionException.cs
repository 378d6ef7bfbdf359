using System;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// An account whose revenue rows might exceed the aggregate cap, found by a probe inside a transaction.
/// Meeting the cap there would end the transaction, so the account is handed to an asynchronous job
/// instead (<see cref="RecalculationQueue"/>). Not a platform fault: no call failed.
/// </summary>
public sealed class TooLargeForTransactionException : Exception
{
    /// <summary>{0} = the account, {1} = what was probed, {2} = the probe's row limit.</summary>
    public const string MessageFormat =
        "Account {0} has {2} or more {1} in the window: too many to sum inside one transaction; it is recalculated in the background.";

    public TooLargeForTransactionException(Guid accountId, string what, int probeRows)
        : base(string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, accountId, what, probeRows))
    {
        AccountId = accountId;
    }

    /// <summary>An account found too large by a page's probe; <paramref name="message"/> says for what.</summary>
    public TooLargeForTransactionException(Guid accountId, string message)
        : base(message)
    {
        AccountId = accountId;
    }

    public Guid AccountId { get; }
}
