using System;
using System.Collections.Generic;
using System.Globalization;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Explanation;
using CrmTiering.Core.History;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;

namespace CrmTiering.Core.Evaluation;

/// <summary>
/// Evaluates one account at one as-of date: rules R3, R5–R13, R15, R16, R18 over plain inputs.
/// Pure: the same request always gives the same result.
/// </summary>
public static class TierEvaluator
{
    public const string WindowMismatch = "The evaluation window spans {0} months but the policy's windowMonths is {1}; build the window from the same policy.";

    public const string OverrideNotInPolicy = "Override tier {0} is not a tier of the policy: ignored.";

    public static TierEvaluation Evaluate(EvaluationRequest request)
    {
        var policy = request.Policy;
        var window = request.Window;
        var account = request.Account;
        var previous = request.Previous ?? StoredTierState.Empty;
        if (window.WindowMonths != policy.WindowMonths)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, WindowMismatch, window.WindowMonths, policy.WindowMonths), nameof(request));
        }

        var trace = new List<string>();
        var asOfDate = window.AsOfDate;
        var isYoung = account.CreationDate is { } created && created > window.Start;
        var revenue = request.Revenue is null
            ? RevenueFromStoredColumns(policy, account, previous, isYoung)
            : Breakdown(policy, account, request.Revenue, isYoung);

        var revenueTier = DecideRevenueTier(policy, previous, revenue, request.Revenue is null, asOfDate);

        var score = ValueScoreCalculator.Score(policy, account.ValueFactors, trace);
        var tierWithoutOverride = Bump(policy, revenueTier.Tier, score);

        var overrideOutcome = OverrideOutcome.NotSet;
        var tier = tierWithoutOverride;
        if (account.Override.Tier is not null)
        {
            if (!account.Override.IsInForceOn(asOfDate))
            {
                overrideOutcome = OverrideOutcome.Expired;
            }
            else if (policy.FindTier(account.Override.Tier) is { } overridden)
            {
                overrideOutcome = OverrideOutcome.Applied;
                tier = overridden;
            }
            else
            {
                overrideOutcome = OverrideOutcome.Ignored;
                trace.Add(string.Format(CultureInfo.InvariantCulture, OverrideNotInPolicy, account.Override.Tier));
            }
        }

        var previousTier = policy.FindTier(previous.Tier);
        // A stored tier the policy lacks cannot be compared: the account starts afresh (Initial).
        var movement = MovementRules.Classify(policy, previousTier, tier);
        var source = movement != TierMovement.None && CausedOnlyByOverride(policy, previous, previousTier, tierWithoutOverride, score, overrideOutcome)
            ? MovementSource.Override
            : request.Source;

        var previousHighest = policy.FindTier(previous.HighestTier);
        var highest = previousHighest is null || tierWithoutOverride.Position < previousHighest.Position ? tierWithoutOverride : previousHighest;
        var shareOfWallet = ShareOfWallet.Of(revenue.Effective, account.ClientRevenue);
        var nextEvaluation = NextEvaluationDate.Compute(
            window,
            policy.ReviewEveryMonths,
            request.Revenue?.OldestCountedDate,
            isYoung ? account.CreationDate : null,
            overrideOutcome == OverrideOutcome.Applied ? account.Override.Until : null,
            revenueTier.HeldUntil,
            request.Revenue is null ? previous.NextEvaluationOn : null);

        var evaluation = new TierEvaluation(window, revenue, revenueTier, tierWithoutOverride, tier, previous)
        {
            ValueScore = score,
            BumpApplied = tierWithoutOverride.Position < revenueTier.Tier.Position,
            Override = overrideOutcome,
            Movement = movement,
            Source = source,
            PreviousTier = previousTier,
            Quadrant = QuadrantRules.For(policy, tier, account.EffortToManage),
            ShareOfWallet = shareOfWallet,
            NextEvaluationOn = nextEvaluation,
            NextEvaluationOnUtc = window.Zone.StartOfDayUtc(nextEvaluation),
            Trace = trace,
        };
        var explanation = ExplanationWriter.Write(policy, account, evaluation, request.CurrencyCode);

        var tierChanged = movement != TierMovement.None;
        var state = new StoredTierState
        {
            Tier = tier.Value,
            RevenueTier = revenueTier.Tier.Value,
            PreviousTier = tierChanged ? previous.Tier : previous.PreviousTier,
            OnboardingTier = previous.OnboardingTier ?? tierWithoutOverride.Value,
            HighestTier = highest.Value,
            LastMovement = tierChanged ? movement : previous.LastMovement,
            TierChangedOn = tierChanged ? asOfDate : previous.TierChangedOn,
            RevenueTierChangedOn = previous.RevenueTier != revenueTier.Tier.Value || previous.RevenueTierChangedOn is null ? asOfDate : previous.RevenueTierChangedOn,
            EffectiveRevenue = revenue.Effective,
            WonRevenue = Rounding.ToCents(revenue.Won),
            PaidRevenue = Rounding.ToCents(revenue.Paid),
            ValueScore = score is null ? null : Rounding.ToCents(score.Value),
            ShareOfWallet = shareOfWallet is null ? null : Rounding.ToRatio(shareOfWallet.Value),
            Quadrant = evaluation.Quadrant,
            BelowPeak = tier.Position > highest.Position,
            Reason = explanation,
            NextEvaluationOn = nextEvaluation,
            CalculationStatus = CalculationStatus.Ok,
            CalculationError = null,
            CalculatedOn = previous.CalculatedOn,
        };
        var changed = !state.HasSameColumnsAs(previous);
        if (changed || state.CalculatedOn is null)
        {
            state = state with { CalculatedOn = window.AsOfUtc };
        }

        return evaluation with
        {
            Explanation = explanation,
            State = state,
            Changed = changed,
            HistoryEntry = tierChanged
                ? new TierHistoryEntry
                {
                    AccountId = account.AccountId,
                    FromTier = previous.Tier,
                    ToTier = tier.Value,
                    Movement = movement,
                    EffectiveRevenue = revenue.Effective,
                    Reason = explanation,
                    Source = source,
                    CalculatedOn = window.AsOfUtc,
                }
                : null,
        };
    }

    private static RevenueBreakdown Breakdown(TierPolicy policy, AccountFacts account, RevenueFacts facts, bool isYoung)
    {
        var realized = Realize(policy.RevenueBasis, facts.Won, facts.Paid);
        var historical = realized + (policy.PipelineWeight * facts.WeightedPipeline);
        var expected = account.ExpectedAnnualRevenue;
        var useExpected = isYoung && expected is not null && expected.Value > historical;
        return new RevenueBreakdown
        {
            Won = facts.Won,
            Paid = facts.Paid,
            Basis = policy.RevenueBasis,
            Realized = realized,
            WeightedPipeline = facts.WeightedPipeline,
            PipelineWeight = policy.PipelineWeight,
            Historical = historical,
            IsYoung = isYoung,
            ExpectedAnnualRevenue = expected,
            ExpectedRevenueApplied = useExpected,
            Effective = Rounding.ToCents(useExpected ? expected!.Value : historical),
        };
    }

    private static RevenueBreakdown RevenueFromStoredColumns(TierPolicy policy, AccountFacts account, StoredTierState previous, bool isYoung)
    {
        var won = previous.WonRevenue ?? 0m;
        var paid = previous.PaidRevenue ?? 0m;
        var realized = Realize(policy.RevenueBasis, won, paid);
        var effective = previous.EffectiveRevenue ?? Rounding.ToCents(realized);
        var expected = account.ExpectedAnnualRevenue;
        return new RevenueBreakdown
        {
            Won = won,
            Paid = paid,
            Basis = policy.RevenueBasis,
            Realized = realized,
            PipelineWeight = policy.PipelineWeight,
            Historical = realized,
            IsYoung = isYoung,
            ExpectedAnnualRevenue = expected,
            ExpectedRevenueApplied = isYoung && expected is not null && expected.Value > realized && effective == Rounding.ToCents(expected.Value),
            Effective = effective,
            FromStoredColumns = true,
        };
    }

    private static decimal Realize(RevenueBasis basis, decimal won, decimal paid) => basis switch
    {
        RevenueBasis.Sum => won + paid,
        RevenueBasis.WonOnly => won,
        RevenueBasis.PaidOnly => paid,
        _ => Math.Max(won, paid),
    };

    private static RevenueTierDecision DecideRevenueTier(TierPolicy policy, StoredTierState previous, RevenueBreakdown revenue, bool revenueUnchanged, DateTime asOfDate)
    {
        var previousRevenueTier = policy.FindTier(previous.RevenueTier);
        if (revenueUnchanged && previousRevenueTier is not null)
        {
            return new RevenueTierDecision(RevenueTierStep.Kept, previousRevenueTier, previousRevenueTier);
        }

        var decision = RevenueTierClassifier.Classify(policy, revenue.Effective, previousRevenueTier, previous.RevenueTier is not null);
        if (decision.Step != RevenueTierStep.Demoted || policy.MinDaysInTier <= 0 || previous.RevenueTierChangedOn is not { } changedOn)
        {
            return decision;
        }

        // R9: whole days in the tier so far; promotions are never held.
        return CalendarMonths.DaysBetween(changedOn, asOfDate) < policy.MinDaysInTier
            ? new RevenueTierDecision(RevenueTierStep.DemotionHeld, previousRevenueTier!, previousRevenueTier)
            {
                HeldTarget = decision.Tier,
                HeldUntil = changedOn.Date.AddDays(policy.MinDaysInTier),
            }
            : decision;
    }

    private static TierDefinition Bump(TierPolicy policy, TierDefinition revenueTier, decimal? score)
    {
        if (score is null || score.Value < policy.BumpAt || policy.MaxBump <= 0)
        {
            return revenueTier;
        }

        return policy.TierAt(Math.Max(1, revenueTier.Position - policy.MaxBump));
    }

    /// <summary>
    /// R11: the tier without override is the same as at the previous evaluation, so only the
    /// override (set, changed, expired or removed) moved the tier. The previous tier without
    /// override is rebuilt from the stored revenue tier and value score. The stored score is
    /// rounded (7.995 is stored as 8.00, yet did not bump): when it equals the current score
    /// rounded, the factors are taken as unchanged and the current unrounded score is used.
    /// </summary>
    private static bool CausedOnlyByOverride(TierPolicy policy, StoredTierState previous, TierDefinition? previousTier, TierDefinition tierWithoutOverride, decimal? score, OverrideOutcome outcome)
    {
        var previousRevenueTier = policy.FindTier(previous.RevenueTier);
        if (previousTier is null || previousRevenueTier is null)
        {
            return false;
        }

        var previousScore = score is { } unrounded && previous.ValueScore == Rounding.ToCents(unrounded) ? score : previous.ValueScore;
        var previousWithoutOverride = Bump(policy, previousRevenueTier, previousScore);
        var overrideInvolved = outcome == OverrideOutcome.Applied || previousTier.Position != previousWithoutOverride.Position;
        return overrideInvolved && previousWithoutOverride.Position == tierWithoutOverride.Position;
    }
}
