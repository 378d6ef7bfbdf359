using System;
using System.Collections.Generic;

namespace CrmTiering.Core.Policy;

/// <summary>The contract names of each value factor: its policy key and its account column.</summary>
public static class ValueFactorNames
{
    public static IReadOnlyList<ValueFactor> All { get; } = new[]
    {
        ValueFactor.Referrals, ValueFactor.Marketing, ValueFactor.Seo,
        ValueFactor.Logo, ValueFactor.Growth, ValueFactor.StrategicFit,
    };

    public static string PolicyKey(ValueFactor factor) => factor switch
    {
        ValueFactor.Referrals => "referrals",
        ValueFactor.Marketing => "marketing",
        ValueFactor.Seo => "seo",
        ValueFactor.Logo => "logo",
        ValueFactor.Growth => "growth",
        ValueFactor.StrategicFit => "strategicFit",
        _ => throw new ArgumentOutOfRangeException(nameof(factor)),
    };

    public static string Column(ValueFactor factor) => factor switch
    {
        ValueFactor.Referrals => "ctier_referralvalue",
        ValueFactor.Marketing => "ctier_marketingvalue",
        ValueFactor.Seo => "ctier_seovalue",
        ValueFactor.Logo => "ctier_logovalue",
        ValueFactor.Growth => "ctier_growthpotential",
        ValueFactor.StrategicFit => "ctier_strategicfit",
        _ => throw new ArgumentOutOfRangeException(nameof(factor)),
    };
}
