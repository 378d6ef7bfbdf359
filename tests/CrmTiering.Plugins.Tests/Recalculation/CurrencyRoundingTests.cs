using System;
using CrmTiering.Core.Time;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tests.Recalculation;

/// <summary>
/// The platform rounds a money column to its currency's precision and derives <c>_base</c> from the
/// rounded value, so an account in another currency stores a base amount a cent off Core's. The same
/// amount in the account's currency must not count as a change (else every event rewrites it).
/// </summary>
public sealed class CurrencyRoundingTests
{
    [Fact]
    public void Stored_revenue_equal_in_the_account_currency_settles_to_cores_amount()
    {
        // Given Core decided 0.50 (base) for an account at 0.79: written 0.395 → 0.40, whose _base is 0.5063 → 0.51
        var account = TieredAccount.From(Row(writtenInAccountCurrency: 0.40m, storedBase: 0.51m), PolicyTimeZone.Utc);

        // When it is settled against the same decision
        var settled = account.SettledAgainst(account.Stored with { EffectiveRevenue = 0.50m });

        // Then the stored amount is Core's and nothing differs
        Assert.Equal(0.51m, account.Stored.EffectiveRevenue);
        Assert.Equal(0.50m, settled.Stored.EffectiveRevenue);
    }

    [Fact]
    public void A_real_change_in_the_account_currency_is_kept()
    {
        // Given the same stored row and a new decision of 0.52 (0.4108 → 0.41 in the account's currency)
        var account = TieredAccount.From(Row(writtenInAccountCurrency: 0.40m, storedBase: 0.51m), PolicyTimeZone.Utc);

        // When it is settled
        var settled = account.SettledAgainst(account.Stored with { EffectiveRevenue = 0.52m });

        // Then the stored amount stays what was read, so the writer writes the new one
        Assert.Same(account, settled);
        Assert.Equal(0.51m, settled.Stored.EffectiveRevenue);
    }

    private static Entity Row(decimal writtenInAccountCurrency, decimal storedBase) =>
        new(AccountColumns.Table, Guid.NewGuid())
        {
            [AccountColumns.ExchangeRate] = 0.79m,
            [AccountColumns.EffectiveRevenue] = new Money(writtenInAccountCurrency),
            [AccountColumns.Base(AccountColumns.EffectiveRevenue)] = new Money(storedBase),
        };
}
