using System.Collections.Generic;
using System.Globalization;
using CrmTiering.Core.Policy;

namespace CrmTiering.Core.Evaluation;

/// <summary>R10: weighted mean of the present factors with weight &gt; 0; values outside 0–10 are treated as absent.</summary>
internal static class ValueScoreCalculator
{
    public const string OutOfRange = "{0} is {1}, outside 0–10: treated as not scored.";

    public static decimal? Score(TierPolicy policy, ValueFactorScores scores, List<string> trace)
    {
        var weighted = 0m;
        var weights = 0m;
        foreach (var factor in ValueFactorNames.All)
        {
            var weight = policy.ValueFactors[factor];
            var value = scores[factor];
            if (value is null || weight <= 0m)
            {
                continue;
            }

            if (value < 0 || value > 10)
            {
                trace.Add(string.Format(CultureInfo.InvariantCulture, OutOfRange, ValueFactorNames.Column(factor), value));
                continue;
            }

            weighted += weight * value.Value;
            weights += weight;
        }

        return weights > 0m ? weighted / weights : null;
    }
}
