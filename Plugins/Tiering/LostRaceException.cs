using System;

namespace CrmTiering.Plugins.Tiering;

/// <summary>
/// A recalculation that lost the race for its account on every attempt (sustained contention: each
/// loss is another job's commit). The job fails with this message and marks the account, which the
/// next evaluation clears.
/// </summary>
public sealed class LostRaceException : Exception
{
    /// <summary>{0} = the account, {1} = the attempts.</summary>
    public const string MessageFormat =
        "Account {0} was written by other recalculations during each of {1} attempts; its tier is recalculated by the next event or the Due sweep.";

    public LostRaceException(Guid accountId, int attempts, Exception inner)
        : base(string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, accountId, attempts), inner)
    {
        AccountId = accountId;
    }

    public Guid AccountId { get; }
}
