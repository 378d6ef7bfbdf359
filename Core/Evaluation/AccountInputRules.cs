using System.Collections.Generic;
using System.Globalization;
using CrmTiering.Core.Policy;

namespace CrmTiering.Core.Evaluation;

/// <summary>
/// The account inputs a user types (R10, R15): value factors and effort are whole numbers 0–10.
/// Plugins reject a save with these messages; the CLI warns and treats the value as absent.
/// </summary>
public static class AccountInputRules
{
    public const int MinScore = 0;
    public const int MaxScore = 10;

    /// <summary>{0} = column logical name, {1} = the value given.</summary>
    public const string OutOfRange = "{0} must be a whole number from 0 to 10; {1} was given.";

    /// <summary>One message per value outside 0–10, naming the column.</summary>
    public static IReadOnlyList<string> Problems(ValueFactorScores factors, int? effortToManage)
    {
        var problems = new List<string>();
        foreach (var factor in ValueFactorNames.All)
        {
            Check(problems, ValueFactorNames.Column(factor), factors[factor]);
        }

        Check(problems, EffortColumn, effortToManage);
        return problems;
    }

    /// <summary><c>ctier_efforttomanage</c>.</summary>
    public const string EffortColumn = "ctier_efforttomanage";

    private static void Check(List<string> problems, string column, int? value)
    {
        if (value is < MinScore or > MaxScore)
        {
            problems.Add(string.Format(CultureInfo.InvariantCulture, OutOfRange, column, value));
        }
    }
}
