using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Cli.Commands;
using CrmTiering.Cli.Input;
using CrmTiering.Cli.Output;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;

namespace CrmTiering.Cli.Review;

/// <summary>
/// Everything a run evaluates, loaded in one pass: accounts and users in memory, then the
/// opportunities and invoices streamed once into revenue ledgers (CSV files on every core, an org's
/// tables page by page: <see cref="ParallelRevenueFeed"/>) — one per policy
/// (what-if compares two, whose windows may differ) holding every review date. Memory grows with
/// accounts × review dates × policies (about 52 bytes each, per thread), never with opportunities or invoices.
/// Warnings (ignored value factors, unknown override tiers, skipped rows) go to stderr here.
/// </summary>
public sealed class TieringInputs
{
    private readonly RevenueLedger[] _revenue;

    private TieringInputs(AccountBook accounts, UserDirectory users, ReviewDates dates, IReadOnlyList<TierPolicy> policies, RevenueLedger[] revenue, SkippedRows skipped)
    {
        Accounts = accounts;
        Users = users;
        Dates = dates;
        Policies = policies;
        _revenue = revenue;
        Skipped = skipped;
    }

    public AccountBook Accounts { get; }

    public UserDirectory Users { get; }

    public ReviewDates Dates { get; }

    public IReadOnlyList<TierPolicy> Policies { get; }

    public SkippedRows Skipped { get; }

    /// <summary>
    /// Loads the inputs. Dates in the files are read in the first policy's time zone.
    /// <paramref name="only"/> limits accumulation to one account (explain).
    /// </summary>
    public static TieringInputs Load(ITieringSource files, IReadOnlyList<TierPolicy> policies, ReviewDates dates, CliConsole console, string? only = null)
    {
        var zone = policies[0].TimeZone;
        var warnings = new List<string>();
        AccountBook accounts;
        using (var accountTable = files.OpenAccounts()) accounts = AccountBook.Read(accountTable, zone, warnings);
        if (only != null && accounts.Find(only) is null)
        {
            throw new UserMistakeException(string.Format(CliMessages.UnknownAccount, only, files.AccountsLabel));
        }
        foreach (var account in accounts.Accounts)
        {
            account.FactsFor(policies[0], out var unknownOverride);
            if (unknownOverride)
            {
                warnings.Add(string.Format(CliMessages.UnknownOverrideWarning, files.AccountsLabel, account.Line, account.OverrideText));
            }
        }
        CollectLoadingGarbage();
        UserDirectory users;
        using (var userTable = files.OpenUsers()) users = UserDirectory.Read(userTable);

        var onlyIndex = only == null ? -1 : accounts.IndexOf(only);
        var revenue = policies
            .Select(policy => new RevenueLedger(policy, dates.Dates.Select(date => EvaluationWindow.OnDate(policy, date)).ToArray(), accounts.Count))
            .ToArray();
        SkippedRows skipped;
        using (var progress = RowProgress.For(console, "opportunities and invoices"))
        {
            skipped = new ParallelRevenueFeed(accounts, zone).Stream(files, revenue, onlyIndex, progress);
        }
        CollectLoadingGarbage();

        foreach (var warning in warnings) console.Error.WriteLine(warning);
        if (skipped.Warning() is { } line) console.Error.WriteLine(line);
        return new TieringInputs(accounts, users, dates, policies, revenue, skipped);
    }

    /// <summary>
    /// Reading leaves behind every field's text and the parallel readers' spare ledgers, and the
    /// revenue stream allocates almost nothing, so no collection would come on its own: the process
    /// would hold the garbage through the review (at a million accounts, twice the memory it needs).
    /// One blocking collection at each phase's end costs a fraction of a second there.
    /// </summary>
    private static void CollectLoadingGarbage() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);

    /// <summary>The revenue facts of an account at a review date, under the policy at <paramref name="policyIndex"/>.</summary>
    public RevenueFacts RevenueAt(int policyIndex, int accountIndex, int dateIndex) =>
        _revenue[policyIndex].FactsAt(accountIndex, dateIndex);
}
