using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Policy;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Tests.AccountInputs;
using CrmTiering.Plugins.Tests.Recalculation;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tests.CustomApi;

/// <summary>
/// A backfill over two years matches the CLI review of the same data. The same accounts,
/// won and lost deals and paid invoices go into the emulated organisation and into CSV exports; the
/// Custom API's Backfill and <c>crmtiering review --every 3</c> must agree per account on the final
/// tier, onboarding and highest tier and on every movement (date, from, to, kind). The backfill's last
/// step is "now": the clock stands on the last quarter end, which is the CLI's <c>--to</c>.
/// </summary>
public sealed class BackfillMatchesCliTests
{
    private static readonly DateTime From = new(2023, 3, 31);
    private static readonly DateTime To = new(2025, 3, 31);
    private static readonly DateTime Now = new(2025, 3, 31, 15, 0, 0, DateTimeKind.Utc);

    private static readonly (string Name, DateTime CreatedOn)[] Accounts =
    {
        ("Climber", new DateTime(2023, 1, 15)),
        ("Faded star", new DateTime(2021, 6, 1)),
        ("Late joiner", new DateTime(2024, 2, 10)),
        ("Quiet", new DateTime(2020, 1, 1)),
    };

    private static readonly (int Account, decimal Value, DateTime ClosedOn, int State)[] Deals =
    {
        (0, 120_000m, new DateTime(2023, 2, 10), 1),
        (0, 450_000m, new DateTime(2023, 6, 15), 1),
        (0, 900_000m, new DateTime(2023, 7, 1), 2),
        (1, 650_000m, new DateTime(2022, 12, 1), 1),
        (1, 60_000m, new DateTime(2023, 11, 20), 1),
        (2, 520_000m, new DateTime(2024, 9, 15), 1),
    };

    private static readonly (int Account, decimal Amount, DateTime DeliveredOn)[] Invoices =
    {
        (0, 300_000m, new DateTime(2024, 5, 5)),
        (0, 30_000m, new DateTime(2024, 11, 11)),
        (1, 40_000m, new DateTime(2024, 8, 20)),
        (2, 90_000m, new DateTime(2024, 4, 1)),
    };

    [Fact]
    public void Backfill_over_two_years_matches_the_cli_review_of_the_same_data()
    {
        // Given four accounts with two years of trade, in the organisation and exported as CSV
        var org = new TieringOrganization();
        org.Clock.Set(Now);
        var ids = Seed(org);
        using var exports = new ExportFolder();
        exports.Write("accounts.csv", "accountid,name,createdon", Accounts.Select((a, i) => Line(ids[i].ToString("D"), a.Name, Date(a.CreatedOn))));
        exports.Write("opportunities.csv", "opportunityid,parentaccountid,statecode,actualvalue_base,actualclosedate",
            Deals.Select((d, i) => Line("O" + i, ids[d.Account].ToString("D"), d.State.ToString(CultureInfo.InvariantCulture), Amount(d.Value), Date(d.ClosedOn))));
        exports.Write("invoices.csv", "invoiceid,customerid,statecode,totalamount_base,totalamountlessfreight_base,datedelivered",
            Invoices.Select((v, i) => Line("I" + i, ids[v.Account].ToString("D"), "2", Amount(v.Amount), Amount(v.Amount), Date(v.DeliveredOn))));

        // When the admin backfills from 31 March 2023 and the analyst reviews the exports quarterly to 31 March 2025
        new TierSweep(org).Run("Backfill", from: From);
        var review = CliReview.Run(
            exports.Path,
            "--accounts", "accounts.csv", "--opportunities", "opportunities.csv", "--invoices", "invoices.csv",
            "--from", Date(From), "--to", Date(To), "--every", "3");

        // Then every account ends with the CLI's tiers and has exactly the CLI's movements as history rows
        var tierValue = TierPolicy.Default.Tiers.ToDictionary(t => t.Name, t => (int?)t.Value);
        Assert.Contains(review, row => row["movement"] == nameof(TierMovement.Tier1Slip));
        Assert.Contains(review, row => row["movement"] == nameof(TierMovement.Surge));
        foreach (var id in ids)
        {
            var rows = review.Where(row => row["accountid"] == id.ToString("D")).ToList();
            var last = rows.Last();
            Assert.Equal(Date(To), last["asof"]);
            var saved = org.Account(id);
            var name = saved.GetAttributeValue<string>(AccountColumns.Name);
            Assert.Equal((name, tierValue[last["tier"]], tierValue[last["onboardingtier"]], tierValue[last["highesttier"]]), (
                name,
                StoredTier.Option(saved, AccountColumns.Tier),
                StoredTier.Option(saved, AccountColumns.OnboardingTier),
                StoredTier.Option(saved, AccountColumns.HighestTier)));

            var cliMovements = rows
                .Where(row => row["movement"] != nameof(TierMovement.None))
                .Select(row => (row["asof"], row["previoustier"] == string.Empty ? null : tierValue[row["previoustier"]], tierValue[row["tier"]], row["movement"]));
            var history = org.History(id);
            Assert.All(history, row => Assert.Equal(StoredTier.SourceBackfill, StoredTier.Option(row, TierChangeColumns.Source)));
            Assert.Equal(
                cliMovements.Select(m => (name, m.Item1, m.Item2, m.Item3, m.Item4)),
                history.OrderBy(row => row.GetAttributeValue<DateTime>(TierChangeColumns.CalculatedOn)).Select(row => (
                    name,
                    Date(row.GetAttributeValue<DateTime>(TierChangeColumns.CalculatedOn)),
                    StoredTier.Option(row, TierChangeColumns.FromTier),
                    StoredTier.Option(row, TierChangeColumns.ToTier),
                    ((TierMovement)StoredTier.Option(row, TierChangeColumns.Movement)!.Value).ToString())));
        }
    }

    private static Guid[] Seed(TieringOrganization org)
    {
        var ids = Accounts.Select(a => org.AddAccount(a.Name, createdOn: a.CreatedOn)).ToArray();
        foreach (var deal in Deals)
        {
            var opportunity = TieringOrganization.WonOpportunity(ids[deal.Account], deal.Value, deal.ClosedOn);
            opportunity[OpportunityColumns.State] = new OptionSetValue(deal.State);
            org.Org.Seed(opportunity);
        }

        foreach (var invoice in Invoices)
        {
            org.Org.Seed(TieringOrganization.PaidInvoice(ids[invoice.Account], invoice.Amount, invoice.DeliveredOn));
        }

        return ids;
    }

    private static string Line(params string[] fields) => string.Join(",", fields.Select(f => f.Contains(',') ? "\"" + f + "\"" : f));

    private static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Amount(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A temporary folder for the CSV exports, removed after the test.</summary>
    private sealed class ExportFolder : IDisposable
    {
        public ExportFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "crmtiering-backfill-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public void Write(string file, string header, IEnumerable<string> lines) =>
            File.WriteAllText(System.IO.Path.Combine(Path, file), header + "\n" + string.Join("\n", lines) + "\n", new UTF8Encoding(false));

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
