using System.Collections.Generic;
using System.Linq;
using CrmTiering.Cli.Commands;
using CrmTiering.Cli.Input;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;

namespace CrmTiering.Cli.Review;

/// <summary>
/// Everything a run evaluates, loaded in one pass: accounts and users in memory, then the
/// opportunity and invoice files streamed once into per-account accumulators — one per policy
/// (what-if compares two, whose windows may differ) holding every review date. Memory grows with
/// accounts × review dates × policies, never with opportunities or invoices.
/// Warnings (ignored value factors, unknown override tiers, skipped rows) go to stderr here.
/// </summary>
public sealed class TieringInputs
{
    private readonly ReplayRevenueAccumulator?[][] _revenue;

    private TieringInputs(AccountBook accounts, UserDirectory users, ReviewDates dates, IReadOnlyList<TierPolicy> policies, ReplayRevenueAccumulator?[][] revenue, SkippedRows skipped)
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
        UserDirectory users;
        using (var userTable = files.OpenUsers()) users = UserDirectory.Read(userTable);

        var revenue = policies.Select(policy =>
        {
            var windows = dates.Dates.Select(date => EvaluationWindow.OnDate(policy, date)).ToArray();
            return accounts.Accounts
                .Select(account => only == null || account.Id == only ? new ReplayRevenueAccumulator(policy, windows) : null)
                .ToArray();
        }).ToArray();

        using var opportunityTable = files.OpenOpportunities();
        using var invoiceTable = files.OpenInvoices();
        var skipped = new RevenueFeed(accounts, zone).Stream(
            opportunityTable,
            invoiceTable,
            (account, opportunity) =>
            {
                foreach (var perPolicy in revenue) perPolicy[account]?.Add(opportunity);
            },
            (account, invoice) =>
            {
                foreach (var perPolicy in revenue) perPolicy[account]?.Add(invoice);
            });

        foreach (var warning in warnings) console.Error.WriteLine(warning);
        if (skipped.Warning() is { } line) console.Error.WriteLine(line);
        return new TieringInputs(accounts, users, dates, policies, revenue, skipped);
    }

    /// <summary>The revenue facts of an account at a review date, under the policy at <paramref name="policyIndex"/>.</summary>
    public RevenueFacts RevenueAt(int policyIndex, int accountIndex, int dateIndex) =>
        _revenue[policyIndex][accountIndex]?.FactsAt(dateIndex) ?? RevenueFacts.None;
}
