using System;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Time;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// An account as the evaluation sees it: its inputs (<see cref="AccountFacts"/>) and its stored
/// tier columns (<see cref="StoredTierState"/>), mapped from the columns <see cref="AccountTierReader"/>
/// reads. Revenue columns are read in base currency (<c>_base</c>) and rounded to cents, so they
/// compare with Core's values whatever the account's own currency.
/// </summary>
public sealed class TieredAccount
{
    private readonly StoredRevenue _inAccountCurrency;

    private TieredAccount(Guid id, string? rowVersion, AccountFacts facts, StoredTierState stored, decimal exchangeRate, StoredRevenue inAccountCurrency)
    {
        Id = id;
        RowVersion = rowVersion;
        Facts = facts;
        Stored = stored;
        ExchangeRate = exchangeRate;
        _inAccountCurrency = inAccountCurrency;
    }

    public Guid Id { get; }

    /// <summary>The version the row had when read: the account write carries it, so a stale job cannot overwrite a newer result.</summary>
    public string? RowVersion { get; }

    public AccountFacts Facts { get; }

    public StoredTierState Stored { get; }

    /// <summary>Units of the account's currency per unit of base currency (1 when it has none yet).</summary>
    public decimal ExchangeRate { get; }

    /// <summary>
    /// This account with its stored revenue taken as <paramref name="next"/>'s wherever the two are the
    /// same amount in the account's own currency. The platform rounds a money column to its currency's
    /// precision and derives <c>_base</c> from the rounded value, so for a currency other than the base
    /// the stored base amount can be a cent off Core's; without settling, every event would rewrite it.
    /// </summary>
    public TieredAccount SettledAgainst(StoredTierState next)
    {
        var settled = Stored with
        {
            EffectiveRevenue = Settle(Stored.EffectiveRevenue, _inAccountCurrency.Effective, next.EffectiveRevenue),
            WonRevenue = Settle(Stored.WonRevenue, _inAccountCurrency.Won, next.WonRevenue),
            PaidRevenue = Settle(Stored.PaidRevenue, _inAccountCurrency.Paid, next.PaidRevenue),
        };
        return settled == Stored ? this : new TieredAccount(Id, RowVersion, Facts, settled, ExchangeRate, _inAccountCurrency);
    }

    private decimal? Settle(decimal? storedBase, decimal? storedInAccountCurrency, decimal? next) =>
        next is { } amount && storedInAccountCurrency is { } written
            && Math.Round(amount * ExchangeRate, 2, MidpointRounding.AwayFromZero) == Math.Round(written, 2, MidpointRounding.AwayFromZero)
            ? amount
            : storedBase;

    /// <summary>Maps a row read with <see cref="AccountTierReader.Columns"/>; dates become calendar dates in the policy zone.</summary>
    public static TieredAccount From(Entity account, PolicyTimeZone zone)
    {
        var facts = new AccountFacts
        {
            AccountId = account.Id.ToString("D"),
            Name = account.GetAttributeValue<string>(AccountColumns.Name) ?? string.Empty,
            CreatedOn = DateIn(zone, account, AccountColumns.CreatedOn),
            OverriddenCreatedOn = DateIn(zone, account, AccountColumns.OverriddenCreatedOn),
            ExpectedAnnualRevenue = Amount(account, AccountColumns.Base(AccountColumns.ExpectedAnnualRevenue)),
            ValueFactors = new ValueFactorScores
            {
                Referrals = Factor(account, ValueFactor.Referrals),
                Marketing = Factor(account, ValueFactor.Marketing),
                Seo = Factor(account, ValueFactor.Seo),
                Logo = Factor(account, ValueFactor.Logo),
                Growth = Factor(account, ValueFactor.Growth),
                StrategicFit = Factor(account, ValueFactor.StrategicFit),
            },
            EffortToManage = account.GetAttributeValue<int?>(AccountColumns.EffortToManage),
            ClientRevenue = Amount(account, AccountColumns.ClientRevenueBase),
            Override = new TierOverride
            {
                Tier = Option(account, AccountColumns.TierOverride),
                // DateOnly column: the stored value is already the calendar date.
                Until = account.GetAttributeValue<DateTime?>(AccountColumns.TierOverrideUntil)?.Date,
                Reason = account.GetAttributeValue<string>(AccountColumns.TierOverrideReason),
            },
        };

        var stored = StoredTierColumns.Read(account, zone);

        var rate = account.GetAttributeValue<decimal?>(AccountColumns.ExchangeRate);
        var inAccountCurrency = new StoredRevenue(
            Amount(account, AccountColumns.EffectiveRevenue), Amount(account, AccountColumns.WonRevenue), Amount(account, AccountColumns.PaidRevenue));
        return new TieredAccount(account.Id, account.RowVersion, facts, stored, rate is > 0m ? rate.Value : 1m, inAccountCurrency);
    }

    private static int? Factor(Entity entity, ValueFactor factor) => entity.GetAttributeValue<int?>(ValueFactorNames.Column(factor));

    private static int? Option(Entity entity, string column) => entity.GetAttributeValue<OptionSetValue>(column)?.Value;

    private static decimal? Amount(Entity entity, string column) => entity.GetAttributeValue<Money>(column)?.Value;

    private static DateTime? DateIn(PolicyTimeZone zone, Entity entity, string column) =>
        entity.GetAttributeValue<DateTime?>(column) is { } instant ? zone.DateOf(instant) : null;

    /// <summary>The revenue columns as written, in the account's own currency.</summary>
    private readonly struct StoredRevenue
    {
        public StoredRevenue(decimal? effective, decimal? won, decimal? paid)
        {
            Effective = effective;
            Won = won;
            Paid = paid;
        }

        public decimal? Effective { get; }

        public decimal? Won { get; }

        public decimal? Paid { get; }
    }
}
