using System;

namespace CrmTiering.Bench.Sweep;

/// <summary>
/// How many giants an org of a given size has and how large they are. The benchmark's shape scales the
/// giants with the org (a large account per 2 500, one over the cap per 10 000, at least 2 and 1), so the
/// cost per account is comparable from 1 000 to 50 000 accounts.
/// </summary>
/// <param name="LargeAccounts">Accounts with tens of thousands of rows: too many to sum inside a transaction (queued).</param>
/// <param name="OverCapAccounts">Accounts whose won deals in the window alone exceed the 50 000-row aggregate cap.</param>
/// <param name="LargeWonRows">The won deals of a large account: from, to (exclusive).</param>
public sealed record SpreadShape(int LargeAccounts, int OverCapAccounts, (int From, int To) LargeWonRows)
{
    /// <summary>Won deals of an account over the cap, all inside the 12-month window.</summary>
    public const int OverCapRows = 52_000;

    public static SpreadShape For(int accounts) =>
        new(Math.Max(2, accounts / 2_500), Math.Max(1, accounts / 10_000), (8_000, 20_000));
}
