using System;
using CrmTiering.Core.Policy;

namespace CrmTiering.Core.Evaluation;

/// <summary>An account's six value factors (whole numbers 0–10; null = not scored).</summary>
public sealed record ValueFactorScores
{
    public static ValueFactorScores None { get; } = new ValueFactorScores();

    public int? Referrals { get; init; }

    public int? Marketing { get; init; }

    public int? Seo { get; init; }

    public int? Logo { get; init; }

    public int? Growth { get; init; }

    public int? StrategicFit { get; init; }

    public int? this[ValueFactor factor] => factor switch
    {
        ValueFactor.Referrals => Referrals,
        ValueFactor.Marketing => Marketing,
        ValueFactor.Seo => Seo,
        ValueFactor.Logo => Logo,
        ValueFactor.Growth => Growth,
        ValueFactor.StrategicFit => StrategicFit,
        _ => throw new ArgumentOutOfRangeException(nameof(factor)),
    };
}
