using System;
using System.Collections.Generic;
using CrmTiering.Emulator;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Bench.Sweep;

/// <summary>
/// The seeded spread of an org's trade, the same for the same seed: most accounts small (a handful of
/// won and open opportunities, paid invoices and completed activities over a few years, in several
/// currencies), about one in a hundred mid-sized, and the giants of a <see cref="SpreadShape"/>: a few
/// with tens of thousands of rows and a few whose won deals in the window alone exceed the platform's
/// 50 000-row aggregate cap, spread through the id order. Stored directly (<see cref="EmulatedOrganization.Seed(Entity)"/>):
/// history that exists before the measured sweep, as a data import leaves it.
/// </summary>
public sealed class SweepSpread
{
    public const int WonState = 1;
    public const int PaidState = 2;
    public const int CompletedState = 1;

    private readonly Random _random;
    private readonly DateTime _now;
    private readonly IReadOnlyList<Guid> _currencies;
    private readonly SpreadShape _shape;

    public SweepSpread(int seed, DateTime nowUtc, IReadOnlyList<Guid> currencies, SpreadShape shape)
    {
        _random = new Random(seed);
        _shape = shape;
        _now = nowUtc;
        _currencies = currencies;
    }

    /// <summary>Rows seeded so far (accounts and their children).</summary>
    public long Rows { get; private set; }

    /// <summary>Seeds <paramref name="accounts"/> accounts with their trade; returns their ids in creation order.</summary>
    public IReadOnlyList<Guid> Seed(EmulatedOrganization org, int accounts)
    {
        var giants = _shape.LargeAccounts + _shape.OverCapAccounts;
        var stride = giants == 0 ? int.MaxValue : Math.Max(1, accounts / giants);
        var ids = new List<Guid>(accounts);
        for (var i = 0; i < accounts; i++)
        {
            // Giant k is account k * stride + 1: spread through the org, not bunched on one page.
            var giant = i % stride == 1 % stride ? i / stride : giants;
            var size = giant < _shape.OverCapAccounts ? AccountSize.OverCap
                : giant < giants ? AccountSize.Large
                : _random.Next(100) == 0 ? AccountSize.Medium : AccountSize.Small;
            ids.Add(SeedAccount(org, i, size));
        }

        return ids;
    }

    private Guid SeedAccount(EmulatedOrganization org, int number, AccountSize size)
    {
        var currency = _currencies[_random.Next(_currencies.Count)];
        var created = _now.Date.AddDays(-_random.Next(200, 6 * 365));
        var account = org.Seed(new Entity(AccountColumns.Table)
        {
            [AccountColumns.Name] = "Account " + number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
            [AccountColumns.CreatedOn] = created,
            [AccountColumns.Currency] = new EntityReference("transactioncurrency", currency),
        });
        Rows++;
        var (won, open, invoices, activities) = size switch
        {
            AccountSize.Small => (_random.Next(0, 7), _random.Next(0, 3), _random.Next(0, 7), _random.Next(0, 6)),
            AccountSize.Medium => (_random.Next(100, 400), _random.Next(5, 40), _random.Next(50, 200), _random.Next(20, 100)),
            AccountSize.Large => (_random.Next(_shape.LargeWonRows.From, _shape.LargeWonRows.To), _random.Next(50, 400), _random.Next(2_000, 8_000), _random.Next(200, 1_000)),
            _ => (SpreadShape.OverCapRows, _random.Next(50, 400), _random.Next(2_000, 8_000), _random.Next(200, 1_000)),
        };

        // Small accounts trade a few thousand a deal (tier 3, some tier 2 and 1); giants many small deals.
        var dealSize = size == AccountSize.Small ? 2_000m + _random.Next(0, 120_000) : 40m + _random.Next(0, 60);
        var years = size == AccountSize.OverCap ? 1.0 : 3.0;
        for (var i = 0; i < won; i++)
        {
            org.Seed(WonOpportunity(account, currency, Amount(dealSize), PastDate(created, years), byCustomer: _random.Next(10) == 0));
        }

        for (var i = 0; i < open; i++)
        {
            org.Seed(new Entity(OpportunityColumns.Table)
            {
                [OpportunityColumns.ParentAccount] = new EntityReference(AccountColumns.Table, account),
                [OpportunityColumns.Currency] = new EntityReference("transactioncurrency", currency),
                [OpportunityColumns.EstimatedValue] = new Money(Amount(dealSize)),
                [OpportunityColumns.CloseProbability] = 10 * _random.Next(1, 10),
                [OpportunityColumns.EstimatedCloseDate] = _now.Date.AddDays(_random.Next(-30, 240)),
            });
        }

        for (var i = 0; i < invoices; i++)
        {
            var amount = Amount(dealSize);
            var invoice = new Entity(InvoiceColumns.Table)
            {
                [InvoiceColumns.Customer] = new EntityReference(AccountColumns.Table, account),
                [InvoiceColumns.Currency] = new EntityReference("transactioncurrency", currency),
                [InvoiceColumns.TotalAmount] = new Money(amount),
                [InvoiceColumns.TotalAmountLessFreight] = new Money(Math.Round(amount * 0.95m, 2)),
                [InvoiceColumns.State] = new OptionSetValue(PaidState),
                [InvoiceColumns.CreatedOn] = PastInstant(created, years),
            };

            // One in eight paid invoices was never marked delivered: dated by its creation.
            if (_random.Next(8) != 0)
            {
                invoice[InvoiceColumns.DateDelivered] = PastInstant(created, years);
            }

            org.Seed(invoice);
        }

        for (var i = 0; i < activities; i++)
        {
            var end = PastInstant(created, years);
            org.Seed(new Entity("task")
            {
                ["subject"] = "Call",
                ["regardingobjectid"] = new EntityReference(AccountColumns.Table, account),
                ["statecode"] = new OptionSetValue(CompletedState),
                ["actualend"] = end,
            });
        }

        Rows += won + open + invoices + activities;
        return account;
    }

    private Entity WonOpportunity(Guid account, Guid currency, decimal value, DateTime closedOn, bool byCustomer)
    {
        // R4's second path: no parent account, the account is the customer.
        var owner = byCustomer ? OpportunityColumns.Customer : OpportunityColumns.ParentAccount;
        return new Entity(OpportunityColumns.Table)
        {
            [owner] = new EntityReference(AccountColumns.Table, account),
            [OpportunityColumns.Currency] = new EntityReference("transactioncurrency", currency),
            [OpportunityColumns.ActualValue] = new Money(value),
            [OpportunityColumns.ActualCloseDate] = closedOn,
            [OpportunityColumns.State] = new OptionSetValue(WonState),
        };
    }

    private decimal Amount(decimal typical) => Math.Round(typical * (decimal)(0.5 + _random.NextDouble()), 2);

    /// <summary>A calendar date within the last <paramref name="years"/>, not before the account existed.</summary>
    private DateTime PastDate(DateTime created, double years) => PastInstant(created, years).Date;

    private DateTime PastInstant(DateTime created, double years)
    {
        var earliest = _now.AddDays(-365 * years) > created ? _now.AddDays(-365 * years) : created;
        var span = (_now - earliest).TotalMinutes;
        return earliest.AddMinutes(_random.NextDouble() * span);
    }

    private enum AccountSize
    {
        Small,
        Medium,
        Large,
        OverCap,
    }
}
