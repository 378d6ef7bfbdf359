using System;

namespace CrmTiering.Cli.Simulate;

/// <summary>
/// One simulated account: who owns it, its currency, how much it buys (in base currency) and how
/// that develops. <see cref="Id"/> is set once the account exists in the organisation.
/// </summary>
public sealed class AccountProfile
{
    public AccountProfile(string name, SalesPerson owner, Guid actingUser, TradingCurrency currency, decimal annualRevenue, AccountTrend trend, int turnMonth, DateTime joinsOn)
    {
        Name = name;
        Owner = owner;
        ActingUser = actingUser;
        Currency = currency;
        AnnualRevenue = annualRevenue;
        Trend = trend;
        TurnMonth = turnMonth;
        JoinsOn = joinsOn;
    }

    public Guid Id { get; set; }

    public string Name { get; }

    public SalesPerson Owner { get; }

    /// <summary>The enabled user who creates this account's records.</summary>
    public Guid ActingUser { get; }

    public TradingCurrency Currency { get; }

    /// <summary>What the account buys in a year at the start, in base currency.</summary>
    public decimal AnnualRevenue { get; }

    public AccountTrend Trend { get; }

    /// <summary>Month index (0 = the first simulated month) at which a surge or churn happens.</summary>
    public int TurnMonth { get; }

    /// <summary>The day the account is created; before the start for the book that already exists.</summary>
    public DateTime JoinsOn { get; }

    /// <summary>Expected base-currency revenue in a month (negative indexes are the year before the start).</summary>
    public decimal MonthlyRevenue(int month)
    {
        var factor = Trend switch
        {
            AccountTrend.Growing => Math.Pow(1.05, month),
            AccountTrend.Declining => Math.Pow(0.94, month),
            AccountTrend.Surging => month >= TurnMonth ? 10.0 : 1.0,
            AccountTrend.Churning => month >= TurnMonth ? 0.05 : 1.0,
            _ => 1.0,
        };
        return AnnualRevenue / 12m * (decimal)factor;
    }
}
