using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Core.Policy;
using CrmTiering.Plugins.CustomApi;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Tests.Recalculation;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tests.CustomApi;

/// <summary>
/// Two organisations built from one random seed, identical to the id: one runs the shipped page sweep,
/// the other the per-account reference (<see cref="PerAccountSweep"/>). Random accounts (some with a later
/// stored calculation, some in another currency), won deals by parent account and by customer, open
/// deals, paid invoices delivered or not, completed activities, and sometimes an account over the probe.
/// </summary>
public sealed class SweepTwins
{
    private static readonly DateTime Now = TieringOrganization.Start;

    public SweepTwins(int seed, bool withLargeAccount)
    {
        var policy = Policy(seed);
        Page = Build(seed, withLargeAccount, policy, out var accounts);
        Reference = Build(seed, withLargeAccount, policy, out _);
        Accounts = accounts;
        Reference.Pipeline.RegisterCustomApi(Reference.Solution.CustomApis.Single(a => a.UniqueName == RecalculateTiersApi.UniqueName).WithPlugin(() => new PerAccountSweep()));
        Page.Pipeline.RegisterCustomApi(Page.Solution.CustomApis.Single(a => a.UniqueName == RecalculateTiersApi.UniqueName)
            .WithPlugin(() => new RecalculateTiers(() => new SweepBudget(SweepBudget.DefaultLimit, () => TimeSpan.Zero))));
        PageSize = 1 + new Random(seed).Next(6);
    }

    public TieringOrganization Page { get; }

    public TieringOrganization Reference { get; }

    public IReadOnlyList<Guid> Accounts { get; }

    public int PageSize { get; }

    /// <summary>Runs the mode to completion in both, drains the background queue, and moves both clocks.</summary>
    public void Run(string mode, DateTime? from = null)
    {
        foreach (var org in new[] { Page, Reference })
        {
            new TierSweep(org).Run(mode, PageSize, from);
            org.Drain();
        }
    }

    public void Advance(TimeSpan by)
    {
        Page.Clock.Advance(by);
        Reference.Clock.Advance(by);
    }

    /// <summary>Every stored account column that differs, and every history row of one and not the other.</summary>
    public IReadOnlyList<string> Differences()
    {
        var differences = new List<string>();
        foreach (var id in Accounts)
        {
            var page = Page.Account(id);
            var reference = Reference.Account(id);
            foreach (var column in page.Attributes.Keys.Union(reference.Attributes.Keys).Where(c => !Volatile.Contains(c)))
            {
                var a = Text(page.Attributes.TryGetValue(column, out var x) ? x : null);
                var b = Text(reference.Attributes.TryGetValue(column, out var y) ? y : null);
                if (a != b)
                {
                    differences.Add($"account {id} {column}: page {a}, per-account {b}");
                }
            }

            var pageRows = Page.History(id).Select(Row).OrderBy(r => r, StringComparer.Ordinal).ToList();
            var referenceRows = Reference.History(id).Select(Row).OrderBy(r => r, StringComparer.Ordinal).ToList();
            if (!pageRows.SequenceEqual(referenceRows))
            {
                differences.Add($"account {id} history: page [{string.Join("; ", pageRows)}], per-account [{string.Join("; ", referenceRows)}]");
            }
        }

        return differences;
    }

    /// <summary>What two identical runs may still differ in: row versions and the write bookkeeping of the platform.</summary>
    private static readonly HashSet<string> Volatile = new(StringComparer.Ordinal) { "versionnumber", "modifiedon", "modifiedby", "ctier_tierchangeid" };

    private static string Row(Entity row) => string.Join(
        ",", row.Attributes.Where(a => !Volatile.Contains(a.Key) && a.Key != "createdon" && a.Key != "createdby").OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + Text(a.Value)));

    private static string Text(object? value) => value switch
    {
        null => "null",
        Money money => money.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        OptionSetValue option => option.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        EntityReference reference => reference.LogicalName + ":" + reference.Id,
        DateTime date => date.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>
    /// Pipeline weighted or not; a zone whose midnight is not UTC's (the Backfill's buckets are the zone's days);
    /// a window whose start at a quarter end can fall inside a month (30 Jun − 3 months = 30 Mar).
    /// </summary>
    private static string Policy(int seed)
    {
        var random = new Random(seed ^ 0x5eed);
        var zones = new[] { "UTC", "W. Europe Standard Time", "Tokyo Standard Time", "Pacific Standard Time" };
        var windows = new[] { 12, 3, 7, 12 };
        return DefaultTierPolicy.Json
            .Replace("\"pipelineWeight\":0,", seed % 2 == 0 ? "\"pipelineWeight\":0," : "\"pipelineWeight\":0.5,")
            .Replace("\"timeZone\":\"UTC\"", $"\"timeZone\":\"{zones[random.Next(zones.Length)]}\"")
            .Replace("\"windowMonths\":12", $"\"windowMonths\":{windows[random.Next(windows.Length)]}");
    }

    /// <summary>An instant within 14 hours of a UTC quarter start of the last ten quarters: either side of the zone's midnight.</summary>
    private static DateTime NearQuarterStart(Random random)
    {
        var quarterStart = new DateTime(Now.Year, ((Now.Month - 1) / 3 * 3) + 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(-3 * random.Next(10));
        return quarterStart.AddHours(random.Next(-14, 15)).AddMinutes(random.Next(60));
    }

    private static TieringOrganization Build(int seed, bool withLargeAccount, string? policy, out List<Guid> accounts)
    {
        var next = 0;
        var org = new TieringOrganization(policy, newId: () => new Guid(seed, 0, 0, BitConverter.GetBytes((long)++next)));
        var random = new Random(seed);
        var hours = new Random(seed ^ 0x0c10c);
        var euro = org.Org.AddCurrency("EUR", 0.9m);
        accounts = new List<Guid>();
        var count = 1 + random.Next(9);
        for (var i = 0; i < count; i++)
        {
            var row = new Entity(AccountColumns.Table) { [AccountColumns.Name] = $"Account {i}", [AccountColumns.CreatedOn] = Now.AddDays(-random.Next(1500)) };
            if (random.Next(4) == 0)
            {
                row[AccountColumns.Currency] = new EntityReference("transactioncurrency", euro);
            }

            if (random.Next(5) == 0)
            {
                // A stored calculation later than the sweep: evaluated at its own as-of (R2).
                row[AccountColumns.CalculatedOn] = Now.AddDays(1 + random.Next(40));
            }

            var account = org.Org.Seed(row);
            accounts.Add(account);

            for (var d = random.Next(12); d > 0; d--)
            {
                var deal = TieringOrganization.WonOpportunity(account, random.Next(1, 400) * 1000m, Now.Date.AddDays(-random.Next(900)), random.Next(3) == 0 ? euro : null);
                if (random.Next(3) == 0)
                {
                    // R4's second path: no parent account, the account is the customer.
                    deal[OpportunityColumns.ParentAccount] = null;
                    deal[OpportunityColumns.Customer] = new EntityReference(AccountColumns.Table, account);
                }

                org.Org.Seed(deal);
            }

            for (var o = random.Next(4); o > 0; o--)
            {
                org.Org.Seed(new Entity(OpportunityColumns.Table)
                {
                    [random.Next(2) == 0 ? OpportunityColumns.ParentAccount : OpportunityColumns.Customer] = new EntityReference(AccountColumns.Table, account),
                    [OpportunityColumns.EstimatedValue] = new Money(random.Next(1, 300) * 1000m),
                    [OpportunityColumns.EstimatedCloseDate] = Now.Date.AddDays(random.Next(-30, 400)),
                    [OpportunityColumns.CloseProbability] = random.Next(5) * 25,
                    [OpportunityColumns.State] = new OptionSetValue(0),
                });
            }

            for (var v = random.Next(8); v > 0; v--)
            {
                var invoice = TieringOrganization.PaidInvoice(account, random.Next(1, 200) * 1000m, hours.Next(2) == 0 ? NearQuarterStart(hours) : Now.AddDays(-random.Next(800)).AddHours(hours.Next(24)));
                if (random.Next(3) == 0)
                {
                    invoice[InvoiceColumns.DateDelivered] = null;
                    invoice[InvoiceColumns.CreatedOn] = Now.AddDays(-random.Next(800)).AddHours(-hours.Next(24));
                }

                org.Org.Seed(invoice);
            }

            for (var t = random.Next(3); t > 0; t--)
            {
                org.Org.Seed(new Entity("task")
                {
                    ["subject"] = "Call",
                    ["regardingobjectid"] = new EntityReference(AccountColumns.Table, account),
                    ["statecode"] = new OptionSetValue(1),
                    ["statuscode"] = new OptionSetValue(5),
                    ["actualend"] = Now.AddDays(-random.Next(200)).AddHours(random.Next(24)),
                });
            }
        }

        if (withLargeAccount)
        {
            // Over the probe: 5 000 won deals on one ownership path, or split across both (3 000 + 2 500).
            var large = accounts[random.Next(accounts.Count)];
            var split = random.Next(2) == 0;
            for (var d = 0; d < 5500; d++)
            {
                var deal = TieringOrganization.WonOpportunity(large, 100m, Now.Date.AddDays(-1 - (d % 300)));
                if (split && d >= 3000)
                {
                    deal[OpportunityColumns.ParentAccount] = null;
                    deal[OpportunityColumns.Customer] = new EntityReference(AccountColumns.Table, large);
                }

                org.Org.Seed(deal);
            }
        }

        return org;
    }
}
