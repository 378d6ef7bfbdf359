using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Cli.Simulate;

/// <summary>
/// The simulated accounts and everything their reps do, day by day: deals opened, won or lost,
/// invoices paid after a win, value-factor edits and the odd override. The book that exists at the
/// start is seeded with a year of won deals and paid invoices (history from before the install).
/// Every choice comes from one seeded <see cref="Random"/>, taken in a fixed order.
/// </summary>
public sealed class BookOfBusiness
{
    private const double DealsPerDay = 1.0 / 36;
    private const double WinRate = 0.6;
    private const double FactorEditsPerMonth = 0.05;
    private const double OverridesPerMonth = 0.008;
    private const int OverrideDays = 90;
    private const int HistoryMonths = 12;

    private static readonly string[] NameStarts = { "Alder", "Birch", "Cedar", "Delta", "Ember", "Fjord", "Granite", "Harbor", "Iris", "Juniper", "Kestrel", "Lumen", "Meridian", "Nimbus", "Orchid", "Pioneer", "Quarry", "Raven", "Summit", "Tidal", "Umber", "Vertex", "Willow", "Zenith" };
    private static readonly string[] NameEnds = { "Logistics", "Foods", "Health", "Energy", "Retail", "Systems", "Labs", "Motors", "Textiles", "Media", "Pharma", "Metals", "Farms", "Analytics", "Builders", "Travel" };
    private static readonly string[] FactorColumns =
    {
        "ctier_referralvalue", "ctier_marketingvalue", "ctier_seovalue", "ctier_logovalue", "ctier_growthpotential", "ctier_strategicfit",
    };

    private readonly SimulationSettings _settings;
    private readonly Random _random;
    private readonly List<AccountProfile> _accounts = new();
    private readonly List<OpenDeal> _deals = new();
    private readonly List<DueInvoice> _invoices = new();
    private readonly int _tierOneValue;

    public BookOfBusiness(SimulationSettings settings, SalesOrganization people, IReadOnlyList<TradingCurrency> currencies, int tierOneValue, Random random)
    {
        _settings = settings;
        _random = random;
        _tierOneValue = tierOneValue;
        var owners = people.Reps.Concat(people.Teams).ToArray();
        var names = new HashSet<string>();
        for (var i = 0; i < settings.Accounts; i++)
        {
            var owner = owners[_random.Next(owners.Length)];
            var (annual, trend) = SizeAndTrend();
            var joinsDuringRun = _random.NextDouble() < 0.2;
            var joinsOn = joinsDuringRun
                ? settings.Start.AddDays(_random.Next(Math.Max(1, (settings.End - settings.Start).Days * 3 / 4)))
                : settings.Start.AddDays(-365 * (1 + _random.Next(6)));
            _accounts.Add(new AccountProfile(
                UniqueName(names),
                owner,
                people.ActingUserFor(owner),
                currencies[_random.Next(currencies.Count)],
                annual,
                trend,
                _random.Next(Math.Max(1, settings.Months)),
                joinsOn.Date));
        }
    }

    public IReadOnlyList<AccountProfile> Accounts => _accounts;

    /// <summary>Stores the accounts that exist at the start and their last year of business, as found at install time.</summary>
    public void SeedHistory(EmulatedOrganization org)
    {
        foreach (var account in _accounts.Where(a => a.JoinsOn < _settings.Start))
        {
            var entity = NewAccount(account);
            entity[AccountColumns.CreatedOn] = account.JoinsOn;
            entity["ownerid"] = OwnerReference(account.Owner);
            account.Id = org.Seed(entity);
            for (var month = -HistoryMonths; month < 0; month++)
            {
                var value = account.MonthlyRevenue(month) * (decimal)(0.7 + 0.6 * _random.NextDouble());
                var closedOn = _settings.Start.AddMonths(month).AddDays(_random.Next(28));
                org.Seed(new Entity(OpportunityColumns.Table)
                {
                    ["name"] = "Order " + closedOn.ToString("yyyy-MM"),
                    [OpportunityColumns.ParentAccount] = new EntityReference(AccountColumns.Table, account.Id),
                    [OpportunityColumns.ActualValue] = new Money(account.Currency.FromBase(value)),
                    [OpportunityColumns.ActualCloseDate] = closedOn,
                    [OpportunityColumns.State] = new OptionSetValue(1),
                    [OpportunityColumns.Currency] = new EntityReference("transactioncurrency", account.Currency.Id),
                    ["ownerid"] = OwnerReference(account.Owner),
                });
                var deliveredOn = closedOn.AddDays(20);
                if (deliveredOn >= _settings.Start) continue;
                org.Seed(PaidInvoice(account, value, deliveredOn));
            }
        }
    }

    /// <summary>The day's requests, in a fixed order: new accounts, new deals, decisions, invoices, edits.</summary>
    public IReadOnlyList<SalesActivity> ActivitiesOn(DateTime day)
    {
        var activities = new List<SalesActivity>();
        var month = (day.Year - _settings.Start.Year) * 12 + day.Month - _settings.Start.Month;
        foreach (var account in _accounts.Where(a => a.JoinsOn == day))
        {
            activities.Add(new SalesActivity(account, ActivityKind.AccountCreated, service =>
            {
                var entity = NewAccount(account);
                entity["ownerid"] = OwnerReference(account.Owner);
                if (_random.NextDouble() < 0.6)
                {
                    entity[AccountColumns.ExpectedAnnualRevenue] = new Money(account.Currency.FromBase(account.AnnualRevenue * (decimal)(0.7 + 0.6 * _random.NextDouble())));
                }
                account.Id = service.Create(entity);
            }));
        }

        foreach (var account in _accounts.Where(a => a.JoinsOn <= day))
        {
            if (_random.NextDouble() >= DealsPerDay) continue;
            var deal = new OpenDeal(account, account.MonthlyRevenue(month) * (decimal)(1 + 2 * _random.NextDouble()), day.AddDays(20 + _random.Next(41)), 30 + 10 * _random.Next(7));
            _deals.Add(deal);
            activities.Add(new SalesActivity(account, ActivityKind.OpportunityOpened, service => deal.Id = service.Create(new Entity(OpportunityColumns.Table)
            {
                ["name"] = "Deal " + day.ToString("yyyy-MM-dd"),
                [OpportunityColumns.ParentAccount] = new EntityReference(AccountColumns.Table, account.Id),
                [OpportunityColumns.EstimatedValue] = new Money(account.Currency.FromBase(deal.Estimate)),
                [OpportunityColumns.CloseProbability] = deal.Probability,
                [OpportunityColumns.EstimatedCloseDate] = deal.DecidesOn,
                [OpportunityColumns.Currency] = new EntityReference("transactioncurrency", account.Currency.Id),
            })));
        }

        foreach (var deal in _deals.Where(d => d.DecidesOn == day).ToList())
        {
            _deals.Remove(deal);
            if (_random.NextDouble() < WinRate)
            {
                var actual = deal.Estimate * (decimal)(0.8 + 0.4 * _random.NextDouble());
                _invoices.Add(new DueInvoice(deal.Account, actual / 2, day.AddDays(10 + _random.Next(11))));
                _invoices.Add(new DueInvoice(deal.Account, actual - actual / 2, day.AddDays(40 + _random.Next(11))));
                activities.Add(new SalesActivity(deal.Account, ActivityKind.OpportunityWon, service => Close(service, "WinOpportunity", deal.Id, deal.Account.Currency.FromBase(actual))));
            }
            else
            {
                activities.Add(new SalesActivity(deal.Account, ActivityKind.OpportunityLost, service => Close(service, "LoseOpportunity", deal.Id, null)));
            }
        }

        foreach (var invoice in _invoices.Where(i => i.DueOn == day).ToList())
        {
            _invoices.Remove(invoice);
            activities.Add(new SalesActivity(invoice.Account, ActivityKind.InvoicePaid, service => service.Create(PaidInvoice(invoice.Account, invoice.Amount, day))));
        }

        if (day.Day == 1)
        {
            foreach (var account in _accounts.Where(a => a.JoinsOn < day))
            {
                if (_random.NextDouble() < FactorEditsPerMonth)
                {
                    var column = FactorColumns[_random.Next(FactorColumns.Length)];
                    var value = _random.Next(11);
                    activities.Add(new SalesActivity(account, ActivityKind.ValueFactorEdited, service => service.Update(new Entity(AccountColumns.Table, account.Id) { [column] = value })));
                }
                if (_random.NextDouble() < OverridesPerMonth)
                {
                    var until = day.AddDays(OverrideDays);
                    activities.Add(new SalesActivity(account, ActivityKind.OverrideSet, service => service.Update(new Entity(AccountColumns.Table, account.Id)
                    {
                        [AccountColumns.TierOverride] = new OptionSetValue(_tierOneValue),
                        [AccountColumns.TierOverrideReason] = "Strategic partnership under negotiation",
                        [AccountColumns.TierOverrideUntil] = until,
                    })));
                }
            }
        }
        return activities;
    }

    private (decimal Annual, AccountTrend Trend) SizeAndTrend()
    {
        var size = _random.NextDouble();
        var pick = _random.NextDouble();
        if (size < 0.12)
        {
            var annual = Between(600_000, 2_000_000);
            return (annual, pick < 0.5 ? AccountTrend.Steady : pick < 0.7 ? AccountTrend.Growing : pick < 0.85 ? AccountTrend.Declining : AccountTrend.Churning);
        }
        if (size < 0.42)
        {
            var annual = Between(110_000, 450_000);
            return (annual, pick < 0.4 ? AccountTrend.Steady : pick < 0.65 ? AccountTrend.Growing : pick < 0.9 ? AccountTrend.Declining : AccountTrend.Surging);
        }
        var small = Between(8_000, 90_000);
        return (small, pick < 0.6 ? AccountTrend.Steady : pick < 0.8 ? AccountTrend.Growing : pick < 0.85 ? AccountTrend.Declining : AccountTrend.Surging);
    }

    private decimal Between(int low, int high) => Math.Round((low + (decimal)_random.NextDouble() * (high - low)) / 1000m) * 1000m;

    private string UniqueName(HashSet<string> used)
    {
        while (true)
        {
            var name = NameStarts[_random.Next(NameStarts.Length)] + " " + NameEnds[_random.Next(NameEnds.Length)];
            if (used.Count >= NameStarts.Length * NameEnds.Length / 2) name += " " + (used.Count + 1);
            if (used.Add(name)) return name;
        }
    }

    private Entity NewAccount(AccountProfile account)
    {
        var entity = new Entity(AccountColumns.Table)
        {
            [AccountColumns.Name] = account.Name,
            [AccountColumns.Currency] = new EntityReference("transactioncurrency", account.Currency.Id),
            [AccountColumns.ClientRevenue] = new Money(account.Currency.FromBase(account.AnnualRevenue * (decimal)(2 + 30 * _random.NextDouble()))),
            [AccountColumns.EffortToManage] = _random.Next(11),
        };
        foreach (var column in FactorColumns)
        {
            if (_random.NextDouble() < 0.3) entity[column] = _random.Next(11);
        }
        return entity;
    }

    private static EntityReference OwnerReference(SalesPerson owner) => new(owner.IsTeam ? "team" : "systemuser", owner.Id);

    private static Entity PaidInvoice(AccountProfile account, decimal baseAmount, DateTime deliveredOn)
    {
        var amount = new Money(account.Currency.FromBase(baseAmount));
        return new Entity(InvoiceColumns.Table)
        {
            ["name"] = "Invoice " + deliveredOn.ToString("yyyy-MM-dd"),
            [InvoiceColumns.Customer] = new EntityReference(AccountColumns.Table, account.Id),
            [InvoiceColumns.TotalAmount] = amount,
            [InvoiceColumns.TotalAmountLessFreight] = amount,
            [InvoiceColumns.DateDelivered] = deliveredOn,
            [InvoiceColumns.State] = new OptionSetValue(2),
            [InvoiceColumns.Currency] = new EntityReference("transactioncurrency", account.Currency.Id),
        };
    }

    private static void Close(IOrganizationService service, string message, Guid opportunity, decimal? actual)
    {
        var close = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference(OpportunityColumns.Table, opportunity) };
        if (actual is { } value) close["actualrevenue"] = new Money(value);
        var request = new OrganizationRequest(message);
        request.Parameters["OpportunityClose"] = close;
        request.Parameters["Status"] = new OptionSetValue(-1);
        service.Execute(request);
    }

    private sealed class OpenDeal
    {
        public OpenDeal(AccountProfile account, decimal estimate, DateTime decidesOn, int probability)
        {
            Account = account;
            Estimate = estimate;
            DecidesOn = decidesOn;
            Probability = probability;
        }

        public AccountProfile Account { get; }

        public decimal Estimate { get; }

        public DateTime DecidesOn { get; }

        public int Probability { get; }

        public Guid Id { get; set; }
    }

    private sealed record DueInvoice(AccountProfile Account, decimal Amount, DateTime DueOn);
}
