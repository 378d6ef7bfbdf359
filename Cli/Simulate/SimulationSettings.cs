using System;

namespace CrmTiering.Cli.Simulate;

/// <summary>What <c>crmtiering simulate</c> builds and replays. The same settings give the same output.</summary>
/// <param name="Accounts">Accounts in the book (about four in five exist at the start, the rest join during the run).</param>
/// <param name="Months">Calendar months replayed from <paramref name="Start"/>.</param>
/// <param name="Seed">Seeds every random choice: people, accounts, deals, invoices, edits, ids.</param>
/// <param name="Start">First simulated day (a date, UTC).</param>
public sealed record SimulationSettings(int Accounts, int Months, int Seed, DateTime Start)
{
    public const int DefaultAccounts = 120;
    public const int DefaultMonths = 24;
    public const int DefaultSeed = 1;

    /// <summary>The simulation starts on a fixed date, never "today", so that runs compare.</summary>
    public static readonly DateTime DefaultStart = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public DateTime End => Start.AddMonths(Months).AddDays(-1);
}
