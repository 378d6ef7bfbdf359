using System;

namespace CrmTiering.Core.Policy;

/// <summary>The policy's weight per value factor (R10); weight 0 leaves a factor out of the score.</summary>
public sealed class ValueFactorWeights
{
    private readonly decimal[] _weights;

    public ValueFactorWeights(decimal referrals, decimal marketing, decimal seo, decimal logo, decimal growth, decimal strategicFit)
    {
        _weights = new[] { referrals, marketing, seo, logo, growth, strategicFit };
    }

    /// <summary>Every factor weighted 1, as DESIGN's default policy.</summary>
    public static ValueFactorWeights Equal { get; } = new ValueFactorWeights(1, 1, 1, 1, 1, 1);

    public decimal this[ValueFactor factor] => (int)factor >= 0 && (int)factor < _weights.Length
        ? _weights[(int)factor]
        : throw new ArgumentOutOfRangeException(nameof(factor));
}
