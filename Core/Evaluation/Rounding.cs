using System;

namespace CrmTiering.Core.Evaluation;

/// <summary>R3: rounding of stored numbers, always away from zero (0.005 → 0.01, −0.005 → −0.01).</summary>
public static class Rounding
{
    /// <summary>Money and scores: 2 decimals.</summary>
    public static decimal ToCents(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>Ratios (share of wallet): 4 decimals.</summary>
    public static decimal ToRatio(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
