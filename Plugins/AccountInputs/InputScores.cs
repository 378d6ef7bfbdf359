using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.AccountInputs;

/// <summary>R10/R15: value factors and effort to manage are whole numbers from 0 to 10; anything else is refused on save.</summary>
public static class InputScores
{
    /// <summary>{0} = the column, {1} = the value sent.</summary>
    public const string OutOfRangeMessage = "{0} must be a whole number from 0 to 10; {1} cannot be saved.";

    /// <summary>Throws, naming the first column out of range.</summary>
    public static void Check(Entity target)
    {
        foreach (var column in TierInputColumns.Scores)
        {
            if (target.Contains(column) && target[column] is int score
                && (score < TierInputColumns.LowestScore || score > TierInputColumns.HighestScore))
            {
                throw new InvalidPluginExecutionException(
                    string.Format(System.Globalization.CultureInfo.InvariantCulture, OutOfRangeMessage, column, score));
            }
        }
    }
}
