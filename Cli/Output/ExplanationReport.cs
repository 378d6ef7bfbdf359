using System.Collections.Generic;
using System.IO;
using CrmTiering.Cli.Input;
using CrmTiering.Cli.Review;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Policy;

namespace CrmTiering.Cli.Output;

/// <summary>
/// The text of <c>explain</c>: one "label: value" line per part of the last evaluation, the tier
/// history over the review dates, then Core's explanation as the rep sees it on the account.
/// </summary>
public sealed class ExplanationReport
{
    private readonly TextWriter _out;
    private readonly TierPolicy _policy;

    public ExplanationReport(TextWriter output, TierPolicy policy)
    {
        _out = output;
        _policy = policy;
    }

    public void Write(AccountEntry account, IReadOnlyList<ReviewStep> steps)
    {
        Line("account", account.Id + (account.Name.Length > 0 ? " (" + account.Name + ")" : string.Empty));
        if (steps.Count == 0)
        {
            Line("created", account.Facts.CreationDate is { } created ? CsvFormat.Date(created) : string.Empty);
            _out.WriteLine("not reviewed: the account was created after the last review date");
            return;
        }

        var last = steps[steps.Count - 1];
        var e = last.Evaluation;
        var revenue = e.Revenue;
        Line("as of", CsvFormat.Date(last.AsOf));
        Line("window", CsvFormat.Date(e.Window.Start.AddDays(1)) + " to " + CsvFormat.Date(e.Window.AsOfDate));
        Line("tier", e.Tier.Name);
        Line("revenue tier", e.RevenueTier.Tier.Name + " (" + e.RevenueTier.Step + ")");
        Line("tier without override", e.TierWithoutOverride.Name + (e.BumpApplied ? " (value bump applied)" : string.Empty));
        Line("override", e.Override.ToString());
        Line("movement", e.Movement + (e.PreviousTier is null ? string.Empty : " from " + e.PreviousTier.Name));
        Line("won revenue", CsvFormat.Money(revenue.Won));
        Line("paid revenue", CsvFormat.Money(revenue.Paid));
        Line("realized revenue", CsvFormat.Money(revenue.Realized) + " (" + revenue.Basis + ")");
        Line("weighted pipeline", CsvFormat.Money(revenue.WeightedPipeline) + " x weight " + CsvFormat.Number(revenue.PipelineWeight));
        Line("young account", revenue.IsYoung
            ? "yes, expected annual revenue " + CsvFormat.Money(revenue.ExpectedAnnualRevenue) + (revenue.ExpectedRevenueApplied ? " (applied)" : " (not applied)")
            : "no");
        Line("effective revenue", CsvFormat.Money(revenue.Effective));
        Line("thresholds", Thresholds());
        Line("value score", e.ValueScore is { } score ? CsvFormat.Number(Rounding.ToCents(score)) : "none");
        Line("quadrant", e.Quadrant.ToString());
        Line("share of wallet", CsvFormat.Number(e.State.ShareOfWallet));
        Line("onboarding tier", _policy.FindTier(e.State.OnboardingTier)?.Name ?? string.Empty);
        Line("highest tier", _policy.FindTier(e.State.HighestTier)?.Name ?? string.Empty);
        Line("next evaluation", CsvFormat.Date(e.NextEvaluationOn));
        if (steps.Count > 1)
        {
            _out.WriteLine("history:");
            foreach (var step in steps)
            {
                _out.WriteLine("  " + CsvFormat.Date(step.AsOf) + " " + step.Evaluation.Tier.Name + " " + step.Evaluation.Movement
                    + " (effective revenue " + CsvFormat.Money(step.Evaluation.Revenue.Effective) + ")");
            }
        }
        foreach (var note in e.Trace) Line("note", note);
        _out.WriteLine("explanation:");
        _out.WriteLine(e.Explanation);
    }

    private string Thresholds()
    {
        var parts = new List<string>();
        foreach (var tier in _policy.Tiers)
        {
            parts.Add(tier == _policy.LastTier ? tier.Name + " below" : tier.Name + " >= " + CsvFormat.Money(tier.MinRevenue));
        }
        return string.Join(", ", parts) + "; margin " + CsvFormat.Number(_policy.HysteresisMargin);
    }

    private void Line(string label, string value) => _out.WriteLine(label + ": " + value);
}
