using System.IO;
using CrmTiering.Cli.Csv;
using CrmTiering.Cli.Review;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Review;

namespace CrmTiering.Cli.Output;

/// <summary>
/// The review output: the 15 contract columns in order, then extras. <c>previoustier</c> and
/// <c>movement</c> are per review (the tier at this account's previous review, and R12 between the
/// two), not the stored columns, which change only when the tier does.
/// </summary>
public sealed class ReviewCsv
{
    public static readonly string[] Columns =
    {
        "asof", "accountid", "name", "tier", "revenuetier", "previoustier", "onboardingtier", "highesttier",
        "movement", "effectiverevenue", "wonrevenue", "paidrevenue", "valuescore", "quadrant", "reason",
        "shareofwallet", "belowpeak", "belowonboarding", "aboveonboarding", "nextevaluationon",
    };

    private readonly TextWriter _output;
    private readonly TierPolicy _policy;

    public ReviewCsv(TextWriter output, TierPolicy policy)
    {
        _output = output;
        _policy = policy;
        new CsvWriter(output).WriteRecord(Columns);
    }

    /// <summary>The step's record as one line, LF included; safe on several threads at once.</summary>
    public string Line(ReviewStep step) => CsvWriter.Line(Fields(step));

    /// <summary>Writes a record made by <see cref="Line"/>.</summary>
    public void WriteLine(string line) => _output.Write(line);

    private string?[] Fields(ReviewStep step)
    {
        var evaluation = step.Evaluation;
        var state = evaluation.State;
        var flags = ReviewFlags.For(_policy, state, null, step.AsOf);
        return new[]
        {
            CsvFormat.Date(step.AsOf),
            step.Account.Id,
            step.Account.Name,
            evaluation.Tier.Name,
            evaluation.RevenueTier.Tier.Name,
            evaluation.PreviousTier?.Name,
            _policy.FindTier(state.OnboardingTier)?.Name,
            _policy.FindTier(state.HighestTier)?.Name,
            evaluation.Movement.ToString(),
            CsvFormat.Money(state.EffectiveRevenue),
            CsvFormat.Money(state.WonRevenue),
            CsvFormat.Money(state.PaidRevenue),
            CsvFormat.Number(state.ValueScore),
            evaluation.Quadrant.ToString(),
            evaluation.Explanation,
            CsvFormat.Number(state.ShareOfWallet),
            CsvFormat.Flag(flags.BelowPeak),
            CsvFormat.Flag(flags.BelowOnboarding),
            CsvFormat.Flag(flags.AboveOnboarding),
            CsvFormat.Date(evaluation.NextEvaluationOn),
        };
    }
}
