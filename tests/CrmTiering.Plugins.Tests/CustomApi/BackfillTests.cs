using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.History;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;
using CrmTiering.Plugins.CustomApi;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Tests.AccountInputs;
using CrmTiering.Plugins.Tests.Recalculation;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tests.CustomApi;

/// <summary>
/// Backfill: replaying quarter ends from a date rebuilds onboarding, highest,
/// previous tier and history, and matches a review of the same records replayed record by record.
/// </summary>
public sealed class BackfillTests
{
    private static readonly DateTime Created = new(2023, 1, 15);
    private static readonly DateTime From = new(2023, 3, 31);

    private static readonly (decimal Value, DateTime ClosedOn)[] Deals =
    {
        (120_000m, new DateTime(2023, 2, 10)),
        (450_000m, new DateTime(2023, 6, 15)),
        (200_000m, new DateTime(2023, 8, 1)),
        (80_000m, new DateTime(2024, 1, 20)),
    };

    private static readonly (decimal Amount, DateTime DeliveredOn)[] Invoices =
    {
        (300_000m, new DateTime(2024, 5, 5)),
        (30_000m, new DateTime(2024, 11, 11)),
    };

    private static Guid TwoYearsOfTrade(TieringOrganization org)
    {
        var account = org.AddAccount("Two years", createdOn: Created);
        foreach (var (value, closedOn) in Deals)
        {
            org.Org.Seed(TieringOrganization.WonOpportunity(account, value, closedOn));
        }

        foreach (var (amount, deliveredOn) in Invoices)
        {
            org.Org.Seed(TieringOrganization.PaidInvoice(account, amount, deliveredOn));
        }

        return account;
    }

    /// <summary>The same review computed straight from the records with Core: quarter ends from From, then now.</summary>
    private static IReadOnlyList<TierEvaluation> ReviewOfTheSameRecords(Guid account)
    {
        var policy = TierPolicy.Default;
        var now = EvaluationWindow.At(policy, TieringOrganization.Start);
        var windows = ReviewSchedule.QuarterEnds(From, now.AsOfDate)
            .Where(date => date >= Created)
            .Select(date => EvaluationWindow.OnDate(policy, date))
            .Append(now)
            .ToList();
        var facts = new AccountFacts { AccountId = account.ToString("D"), Name = "Two years", CreatedOn = Created };
        return TierReplay.Run(policy, facts, windows, window =>
        {
            var revenue = new RevenueAccumulator(policy, window);
            foreach (var (value, closedOn) in Deals)
            {
                revenue.Add(new OpportunityRecord { State = OpportunityState.Won, ActualValue = value, ActualCloseDate = closedOn });
            }

            foreach (var (amount, deliveredOn) in Invoices)
            {
                revenue.Add(new InvoiceRecord { State = InvoiceState.Paid, TotalAmount = amount, TotalAmountLessFreight = amount, DeliveredOn = deliveredOn });
            }

            return revenue.ToFacts();
        }, StoredTierState.Empty, MovementSource.Backfill, string.Empty);
    }

    [Fact]
    public void Backfill_over_two_years_writes_the_history_a_review_of_the_same_records_gives()
    {
        // Given an account trading since January 2023, evaluated only once, today
        var org = new TieringOrganization();
        var sweep = new TierSweep(org);
        var account = TwoYearsOfTrade(org);
        sweep.Call("All");
        var before = org.History(account).Count;

        // When the admin backfills from 31 March 2023
        var result = sweep.Call("Backfill", from: From);

        // Then each tier change of the review appears once, with source Backfill, on its quarter end
        var expected = ReviewOfTheSameRecords(account);
        var expectedRows = expected.Where(e => e.HistoryEntry is not null).Select(e => e.HistoryEntry!).ToList();
        Assert.True(expectedRows.Count >= 3, "the data should move the tier several times");
        var rows = org.History(account).Where(r => StoredTier.Option(r, TierChangeColumns.Source) == StoredTier.SourceBackfill)
            .OrderBy(r => r.GetAttributeValue<DateTime>(TierChangeColumns.CalculatedOn)).ToList();
        Assert.Equal(
            expectedRows.Select(e => (e.CalculatedOn.Date, e.FromTier, e.ToTier, (int)e.Movement)),
            rows.Select(r => (r.GetAttributeValue<DateTime>(TierChangeColumns.CalculatedOn).Date, StoredTier.Option(r, TierChangeColumns.FromTier),
                StoredTier.Option(r, TierChangeColumns.ToTier)!.Value, StoredTier.Option(r, TierChangeColumns.Movement)!.Value)));
        Assert.Equal(before + expectedRows.Count, org.History(account).Count);

        // And the account carries the replay's onboarding, highest, previous and current tier
        var final = expected.Last().State;
        var saved = org.Account(account);
        Assert.Equal(final.OnboardingTier, StoredTier.Option(saved, AccountColumns.OnboardingTier));
        Assert.Equal(final.HighestTier, StoredTier.Option(saved, AccountColumns.HighestTier));
        Assert.Equal(final.PreviousTier, StoredTier.Option(saved, AccountColumns.PreviousTier));
        Assert.Equal(final.Tier, StoredTier.Option(saved, AccountColumns.Tier));
        Assert.Equal(1, result[RecalculateTiersApi.Changed]);
    }

    [Fact]
    public void Backfilling_a_never_evaluated_account_twice_adds_nothing_the_second_time()
    {
        var org = new TieringOrganization();
        var sweep = new TierSweep(org);
        var account = TwoYearsOfTrade(org);
        sweep.Call("Backfill", from: From);
        var rows = org.History(account).Count;
        Assert.Equal(ReviewOfTheSameRecords(account).Count(e => e.HistoryEntry is not null), rows);
        var mark = org.Org.Calls.Mark();

        var second = sweep.Call("Backfill", from: From);

        Assert.Equal(1, second[RecalculateTiersApi.Processed]);
        Assert.Equal(0, second[RecalculateTiersApi.Changed]);
        Assert.Equal(rows, org.History(account).Count);
        Assert.DoesNotContain(org.Org.Calls.Since(mark), c => c.Message is "Update" or "Create");
    }

    [Fact]
    public void Backfill_from_a_future_date_is_refused()
    {
        var org = new TieringOrganization();
        var sweep = new TierSweep(org);

        var failure = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => sweep.Call("Backfill", from: new DateTime(2026, 1, 1)));

        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, RecalculateTiersApi.FromInFutureMessage, new DateTime(2026, 1, 1), TieringOrganization.Start.Date), failure.Detail.Message);
    }
}
