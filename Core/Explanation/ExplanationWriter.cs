using System.Text;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Policy;

namespace CrmTiering.Core.Explanation;

/// <summary>
/// Writes why an account has its tier, for a sales rep: revenue and its parts, the threshold
/// reached (with hysteresis or a held demotion), the value bump and the override. It never
/// mentions the as-of date, so an unchanged account keeps an unchanged explanation.
/// </summary>
internal static class ExplanationWriter
{
    public static string Write(TierPolicy policy, AccountFacts account, TierEvaluation e, string currency)
    {
        var text = new StringBuilder(400);
        var revenue = e.Revenue;
        text.Append(e.Tier.Name).Append(": effective revenue ").Append(ExplanationText.Money(revenue.Effective, currency))
            .Append(" (").Append(Parts(revenue)).Append(" over ").Append(policy.WindowMonths).Append(policy.WindowMonths == 1 ? " month" : " months");
        if (revenue.PipelineWeight > 0m && !revenue.FromStoredColumns)
        {
            text.Append(" plus ").Append(ExplanationText.Percent(revenue.PipelineWeight)).Append(" of the weighted open pipeline ")
                .Append(ExplanationText.Money(revenue.WeightedPipeline));
        }

        text.Append(')');
        if (revenue.ExpectedRevenueApplied && revenue.ExpectedAnnualRevenue is { } expected)
        {
            text.Append(", using the expected annual revenue ").Append(ExplanationText.Money(expected))
                .Append(" of this new account");
        }

        text.Append(' ').Append(Classification(policy, e.RevenueTier, revenue.Effective)).Append('.');
        AppendBump(text, policy, e);
        AppendOverride(text, policy, account, e);
        return ExplanationText.Limit(text.ToString());
    }

    private static string Parts(RevenueBreakdown revenue)
    {
        var won = ExplanationText.Money(revenue.Won);
        var paid = ExplanationText.Money(revenue.Paid);
        return revenue.Basis switch
        {
            RevenueBasis.Sum => "won " + won + " plus paid " + paid,
            RevenueBasis.WonOnly => "won deals " + won,
            RevenueBasis.PaidOnly => "paid invoices " + paid,
            _ => "max of won " + won + " and paid " + paid,
        };
    }

    /// <summary>
    /// Where effective revenue sits against the thresholds of the tier it has. Worded from the
    /// position, not from the step that led there, so the next evaluation with the same revenue
    /// writes the same text (and nothing needs storing).
    /// </summary>
    private static string Classification(TierPolicy policy, RevenueTierDecision decision, decimal effective)
    {
        var tier = decision.Tier;
        var margin = ExplanationText.Percent(policy.HysteresisMargin);
        if (decision.Step == RevenueTierStep.DemotionHeld)
        {
            return "would move down to " + decision.HeldTarget!.Name + ", but the demotion is held until "
                + ExplanationText.Date(decision.HeldUntil!.Value) + " (minimum " + policy.MinDaysInTier + " days in a tier), so it stays in " + tier.Name;
        }

        if (tier.Position < policy.Tiers.Count && effective < tier.MinRevenue)
        {
            return "counts as " + tier.Name + ": below its " + ExplanationText.Money(tier.MinRevenue) + " but within the "
                + margin + " margin (" + ExplanationText.Money(tier.MinRevenue * (1m - policy.HysteresisMargin)) + ")";
        }

        if (tier.Position > 1 && effective >= policy.TierAt(tier.Position - 1).MinRevenue)
        {
            var better = policy.TierAt(tier.Position - 1);
            return "counts as " + tier.Name + ": reaches " + better.Name + " (" + ExplanationText.Money(better.MinRevenue) + ") but not its "
                + margin + " margin (" + ExplanationText.Money(better.MinRevenue * (1m + policy.HysteresisMargin)) + ")";
        }

        return Reached(policy, tier);
    }

    private static string Reached(TierPolicy policy, TierDefinition tier)
    {
        if (tier.Position < policy.Tiers.Count)
        {
            return "reaches " + tier.Name + " (" + ExplanationText.Money(tier.MinRevenue) + ")";
        }

        if (policy.Tiers.Count == 1)
        {
            return "is in " + tier.Name;
        }

        var above = policy.TierAt(tier.Position - 1);
        return "is below " + above.Name + " (" + ExplanationText.Money(above.MinRevenue) + "), so " + tier.Name;
    }

    private static void AppendBump(StringBuilder text, TierPolicy policy, TierEvaluation e)
    {
        if (e.ValueScore is not { } score)
        {
            return;
        }

        text.Append(" Value score ").Append(ExplanationText.Score(Rounding.ToCents(score))).Append(" of 10");
        if (e.BumpApplied)
        {
            text.Append(" reaches ").Append(ExplanationText.Number(policy.BumpAt)).Append(": raised from ")
                .Append(e.RevenueTier.Tier.Name).Append(" to ").Append(e.TierWithoutOverride.Name).Append('.');
        }
        else if (score >= policy.BumpAt)
        {
            text.Append(" reaches ").Append(ExplanationText.Number(policy.BumpAt)).Append(", but no higher tier applies.");
        }
        else
        {
            text.Append(" is below the bump level ").Append(ExplanationText.Number(policy.BumpAt)).Append(": no bump.");
        }
    }

    private static void AppendOverride(StringBuilder text, TierPolicy policy, AccountFacts account, TierEvaluation e)
    {
        var overrideFacts = account.Override;
        var named = policy.FindTier(overrideFacts.Tier)?.Name ?? overrideFacts.Tier?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        switch (e.Override)
        {
            case OverrideOutcome.Applied:
                text.Append(" Overridden to ").Append(named)
                    .Append(overrideFacts.Until is { } until ? " until " + ExplanationText.Date(until) + " inclusive" : " until removed");
                if (!string.IsNullOrWhiteSpace(overrideFacts.Reason))
                {
                    text.Append(" (reason: ").Append(overrideFacts.Reason!.Trim()).Append(')');
                }

                text.Append(e.TierWithoutOverride.Position == e.Tier.Position ? "; same as without the override." : "; without it the tier would be " + e.TierWithoutOverride.Name + ".");
                break;
            case OverrideOutcome.Expired:
                text.Append(" The override to ").Append(named).Append(" ended on ").Append(ExplanationText.Date(overrideFacts.Until!.Value)).Append('.');
                break;
            case OverrideOutcome.Ignored:
                text.Append(" The override value ").Append(named).Append(" is not a tier of the policy and is ignored.");
                break;
        }
    }
}
