using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CrmTiering.Emulator.Pipeline;
using CrmTiering.Plugins.Data;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Plugins.Tests.Recalculation;

/// <summary>What a user does in a scenario: each event is one operation that queues the account's recalculation.</summary>
public enum InterleavingEventKind
{
    /// <summary>Create an opportunity already won (statecode 1), closed <c>DaysAgo</c> days before today.</summary>
    WonDeal,

    /// <summary>Create an open opportunity (a candidate for a later Win or Lose).</summary>
    OpenDeal,

    /// <summary>Win the account's oldest open opportunity (an open deal is created instead when there is none).</summary>
    Win,

    /// <summary>Lose the account's oldest open opportunity (an open deal is created instead when there is none).</summary>
    Lose,

    /// <summary>Create a paid invoice, delivered now or <c>DaysAgo</c> days before now; a negative amount is a credit.</summary>
    PaidInvoice,
}

/// <summary>Revenue that exists before the scenario (seeded, no event): a won deal or a paid invoice <c>DaysAgo</c> days before the start.</summary>
public sealed record SeededRevenue(int Account, bool Invoice, decimal Amount, int DaysAgo)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"seed a{Account} {(Invoice ? "invoice" : "won")} {Amount:0} at -{DaysAgo}d");
}

/// <summary>One operation: the clock first moves on by <c>AdvanceHours</c> (at least one), then the event runs.</summary>
public sealed record InterleavingEvent(int Account, InterleavingEventKind Kind, decimal Amount, int DaysAgo, int AdvanceHours)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"+{AdvanceHours}h a{Account} {Kind} {Amount:0} (-{DaysAgo}d)");
}

/// <summary>The events of one round (2–4 per account, in a random order), then one drain of all queued jobs.</summary>
public sealed record InterleavingRound(int AdvanceDays, IReadOnlyList<InterleavingEvent> Events, int ScheduleSeed)
{
    public override string ToString() =>
        $"  round: +{AdvanceDays}d, then {string.Join("; ", Events)}; drain Interleaving.Seeded({ScheduleSeed})";
}

/// <summary>A random history of a few accounts over a few months.</summary>
public sealed record InterleavingScenario(int Accounts, IReadOnlyList<SeededRevenue> Seeds, IReadOnlyList<InterleavingRound> Rounds)
{
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Accounts} accounts; {string.Join("; ", Seeds)}");
        foreach (var round in Rounds)
        {
            text.AppendLine().Append(round);
        }

        return text.ToString();
    }

    /// <summary>Amounts straddle the tier thresholds (100 000, 500 000, margin 10 %); old dates age out of the 12-month window as the clock moves.</summary>
    public static Gen<InterleavingScenario> Generator()
    {
        var amount = Gen.Choose(-30, 450).Select(thousands => thousands * 1_000m);
        var kind = Gen.Frequency(
            (4, Gen.Constant(InterleavingEventKind.WonDeal)),
            (2, Gen.Constant(InterleavingEventKind.OpenDeal)),
            (2, Gen.Constant(InterleavingEventKind.Win)),
            (1, Gen.Constant(InterleavingEventKind.Lose)),
            (4, Gen.Constant(InterleavingEventKind.PaidInvoice)));
        var daysAgo = Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(0, 400)));
        Gen<InterleavingEvent> Event(int account) =>
            from k in kind
            from a in amount
            from d in daysAgo
            from h in Gen.Choose(1, 72)
            select new InterleavingEvent(account, k, a, d, h);
        Gen<SeededRevenue> Seed(int accounts) =>
            from account in Gen.Choose(0, accounts - 1)
            from invoice in Gen.Elements(true, false)
            from a in Gen.Choose(0, 400).Select(thousands => thousands * 1_000m)
            from d in Gen.Choose(200, 380)
            select new SeededRevenue(account, invoice, a, d);
        Gen<InterleavingRound> Round(int accounts) =>
            from perAccount in Gen.CollectToList(Enumerable.Range(0, accounts), account => Gen.Choose(2, 4).SelectMany(count => Gen.ListOf(Event(account), count)))
            from events in Gen.Shuffle(perAccount.SelectMany(events => events))
            from advance in Gen.Choose(1, 40)
            from seed in Gen.Choose(0, int.MaxValue - 1)
            select new InterleavingRound(advance, events, seed);
        return from accounts in Gen.Choose(2, 3)
               from seeds in Gen.Choose(0, 4).SelectMany(count => Gen.ListOf(Seed(accounts), count))
               from rounds in Gen.Choose(2, 3).SelectMany(count => Gen.ListOf(Round(accounts), count))
               select new InterleavingScenario(accounts, seeds.ToList(), rounds.ToList());
    }
}

/// <summary>
/// One organisation playing a scenario. Two of them, built with the same deterministic ids, receive the
/// same operations; one drains each round interleaved, the other replays that round's jobs serially in
/// linearization order (see <see cref="LinearizedDrain"/>).
/// </summary>
public sealed class ScenarioOrganization
{
    private readonly List<Guid>[] _open;

    public ScenarioOrganization(int accounts, IEnumerable<SeededRevenue> seeds)
    {
        var next = 0;
        Org = new TieringOrganization(newId: () => new Guid(++next, 0, 0, new byte[8]));
        Accounts = Enumerable.Range(0, accounts).Select(i => Org.AddAccount("Account " + i)).ToArray();
        _open = Enumerable.Range(0, accounts).Select(_ => new List<Guid>()).ToArray();
        foreach (var seed in seeds)
        {
            var on = TieringOrganization.Start.AddDays(-seed.DaysAgo);
            Org.Org.Seed(seed.Invoice
                ? TieringOrganization.PaidInvoice(Accounts[seed.Account], seed.Amount, on)
                : TieringOrganization.WonOpportunity(Accounts[seed.Account], seed.Amount, on));
        }
    }

    public TieringOrganization Org { get; }

    public Guid[] Accounts { get; }

    public void Apply(InterleavingEvent e)
    {
        Org.Clock.Advance(TimeSpan.FromHours(e.AdvanceHours));
        var account = Accounts[e.Account];
        var open = _open[e.Account];
        switch (e.Kind)
        {
            case InterleavingEventKind.WonDeal:
                Org.User.Create(new Entity(OpportunityColumns.Table)
                {
                    [OpportunityColumns.ParentAccount] = new EntityReference(AccountColumns.Table, account),
                    [OpportunityColumns.State] = new OptionSetValue(1),
                    [OpportunityColumns.ActualValue] = new Money(Math.Abs(e.Amount)),
                    [OpportunityColumns.ActualCloseDate] = Org.Clock.UtcNow.Date.AddDays(-e.DaysAgo),
                });
                break;
            case InterleavingEventKind.Win when open.Count > 0:
                Org.Win(open[0], Math.Abs(e.Amount));
                open.RemoveAt(0);
                break;
            case InterleavingEventKind.Lose when open.Count > 0:
                Org.Lose(open[0]);
                open.RemoveAt(0);
                break;
            case InterleavingEventKind.PaidInvoice:
                Org.CreatePaidInvoice(account, e.Amount, deliveredOn: e.DaysAgo == 0 ? null : Org.Clock.UtcNow.AddDays(-e.DaysAgo));
                break;
            default:
                open.Add(Org.CreateOpenOpportunity(account, Math.Abs(e.Amount)));
                break;
        }
    }

    /// <summary>
    /// The queued jobs, as comparable text (sequence, step, message, table). Not the record ids: every
    /// operation draws an id, so a refused write in the interleaved run moves later ids on.
    /// </summary>
    public IReadOnlyList<string> Pending() =>
        Org.Pipeline.PendingJobs.Select(j => $"#{j.Sequence} {j.Name} {j.MessageName} {j.PrimaryEntityName} {j.QueuedOn:o}").ToList();

    /// <summary>Every stored ctier_ column of the account (nulls left out), one "column=value" line each, by name.</summary>
    public IReadOnlyList<string> Columns(int account) => ComputedColumns(Org, Accounts[account]);

    /// <summary>The account's history rows in the order they were calculated.</summary>
    public IReadOnlyList<HistoryRow> History(int account) => HistoryOf(Org, Accounts[account]);

    /// <summary>Every stored ctier_ column of the account (nulls left out), one "column=value" line each, by name.</summary>
    public static IReadOnlyList<string> ComputedColumns(TieringOrganization org, Guid account) =>
        org.Account(account).Attributes
            .Where(a => a.Key.StartsWith("ctier_", StringComparison.Ordinal) && a.Value is not null)
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => $"{a.Key}={Format(a.Value)}")
            .ToList();

    /// <summary>The account's ctier_tierchange rows in the order they were calculated.</summary>
    public static IReadOnlyList<HistoryRow> HistoryOf(TieringOrganization org, Guid account) =>
        org.Org.SystemService.RetrieveMultiple(new QueryExpression(TierChangeColumns.Table)
            {
                ColumnSet = new ColumnSet(
                    TierChangeColumns.FromTier, TierChangeColumns.ToTier, TierChangeColumns.Movement, TierChangeColumns.Source,
                    TierChangeColumns.CalculatedOn, TierChangeColumns.NeedsFollowUp, TierChangeColumns.EffectiveRevenue, TierChangeColumns.Reason),
                Criteria = { Conditions = { new ConditionExpression(TierChangeColumns.Account, ConditionOperator.Equal, account) } },
            })
            .Entities
            .Select(r => new HistoryRow(
                r.GetAttributeValue<OptionSetValue>(TierChangeColumns.FromTier)?.Value,
                r.GetAttributeValue<OptionSetValue>(TierChangeColumns.ToTier)?.Value,
                r.GetAttributeValue<OptionSetValue>(TierChangeColumns.Movement)?.Value,
                r.GetAttributeValue<OptionSetValue>(TierChangeColumns.Source)?.Value,
                r.GetAttributeValue<DateTime?>(TierChangeColumns.CalculatedOn),
                r.GetAttributeValue<bool?>(TierChangeColumns.NeedsFollowUp) == true,
                r.GetAttributeValue<Money>(TierChangeColumns.EffectiveRevenue)?.Value,
                r.GetAttributeValue<string>(TierChangeColumns.Reason)))
            .OrderBy(r => r.CalculatedOn)
            .ThenBy(r => r.ToString(), StringComparer.Ordinal)
            .ToList();

    private static string Format(object value) => value switch
    {
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        Money money => money.Value.ToString(CultureInfo.InvariantCulture),
        EntityReference reference => $"{reference.LogicalName}:{reference.Id}",
        DateTime date => date.ToString("o", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}

/// <summary>One ctier_tierchange row, as compared between the interleaved and the serial run.</summary>
public sealed record HistoryRow(int? From, int? To, int? Movement, int? Source, DateTime? CalculatedOn, bool NeedsFollowUp, decimal? EffectiveRevenue, string? Reason)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{From}→{To} movement {Movement} source {Source} on {CalculatedOn:o} follow-up {NeedsFollowUp} revenue {EffectiveRevenue} '{Reason}'");
}

/// <summary>
/// A hand-written interleaving: "R2" lets job 2 (1-based, in submission order) make its reads until its
/// next call is a write, "W2" lets that one write through, "C2" lets exactly one call of job 2 through. When the script is used up (or names a job
/// that cannot make such a call), the earliest submitted waiting job goes. Run it with <see cref="LinearizedDrain.Run"/>.
/// </summary>
public static class ScriptedInterleaving
{
    public static Func<IReadOnlyList<WaitingCall>, WaitingCall> From(IReadOnlyList<AsyncJob> jobs, string script)
    {
        var steps = new Queue<(char Kind, AsyncJob Job)>(script.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(step => (step[0], jobs[int.Parse(step.Substring(1), CultureInfo.InvariantCulture) - 1])));
        return waiting =>
        {
            while (steps.Count > 0)
            {
                var (kind, job) = steps.Peek();
                var call = waiting.FirstOrDefault(c => c.Job == job);
                if (kind == 'R' && call is { IsWrite: false })
                {
                    return call;
                }

                steps.Dequeue();
                if ((kind == 'W' && call is { IsWrite: true }) || (kind == 'C' && call is not null))
                {
                    return call;
                }
            }

            return waiting[0];
        };
    }
}
