using System;

namespace CrmTiering.Emulator;

/// <summary>How a new organisation is set up. Every field has the default a test usually wants.</summary>
public sealed class EmulatorOptions
{
    /// <summary>The organisation's clock (UTC). Default: a <see cref="ManualClock"/> at 2025-01-01.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>ISO code of the base currency, created with exchange rate 1.</summary>
    public string BaseCurrencyCode { get; init; } = "USD";

    public string OrganizationName { get; init; } = "emulated";

    /// <summary>Makes ids for new rows (e.g. a seeded sequence for repeatable property tests). Default: random.</summary>
    public Func<Guid>? NewId { get; init; }

    /// <summary>The platform's aggregate limit: FetchXML aggregates over more rows fail.</summary>
    public int AggregateRecordLimit { get; init; } = 50_000;

    /// <summary>The platform's default and maximum page size for standard tables.</summary>
    public int MaxPageSize { get; init; } = 5_000;
}
