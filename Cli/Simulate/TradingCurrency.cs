using System;

namespace CrmTiering.Cli.Simulate;

/// <summary>A currency accounts trade in; <see cref="Rate"/> units per unit of the base currency (USD), as Dataverse stores it.</summary>
public sealed record TradingCurrency(Guid Id, string Code, decimal Rate)
{
    public decimal FromBase(decimal amount) => Math.Round(amount * Rate, 2, MidpointRounding.AwayFromZero);
}
