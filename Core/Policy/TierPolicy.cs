using System;
using System.Collections.Generic;
using CrmTiering.Core.Time;

namespace CrmTiering.Core.Policy;

/// <summary>
/// A validated tier policy (DESIGN "Default tier policy"). Immutable; obtained from
/// <see cref="Parse"/> or <see cref="Default"/>, so an instance is always valid.
/// </summary>
public sealed class TierPolicy
{
    internal TierPolicy(
        int windowMonths,
        RevenueBasis revenueBasis,
        InvoiceAmount invoiceAmount,
        decimal pipelineWeight,
        IReadOnlyList<TierDefinition> tiers,
        decimal hysteresisMargin,
        int minDaysInTier,
        ValueFactorWeights valueFactors,
        decimal bumpAt,
        int maxBump,
        int importantUpToTier,
        decimal effortHighAt,
        int reviewEveryMonths,
        PolicyTimeZone timeZone,
        string? fallbackOwner,
        bool tasksForOverrideMovements)
    {
        WindowMonths = windowMonths;
        RevenueBasis = revenueBasis;
        InvoiceAmount = invoiceAmount;
        PipelineWeight = pipelineWeight;
        Tiers = tiers;
        HysteresisMargin = hysteresisMargin;
        MinDaysInTier = minDaysInTier;
        ValueFactors = valueFactors;
        BumpAt = bumpAt;
        MaxBump = maxBump;
        ImportantUpToTier = importantUpToTier;
        EffortHighAt = effortHighAt;
        ReviewEveryMonths = reviewEveryMonths;
        TimeZone = timeZone;
        FallbackOwner = fallbackOwner;
        TasksForOverrideMovements = tasksForOverrideMovements;
    }

    /// <summary>DESIGN's default policy (v1).</summary>
    public static TierPolicy Default { get; } = Parse(DefaultTierPolicy.Json);

    public int WindowMonths { get; }

    public RevenueBasis RevenueBasis { get; }

    public InvoiceAmount InvoiceAmount { get; }

    /// <summary>Share of the probability-weighted open pipeline added to revenue (0 = no pipeline query).</summary>
    public decimal PipelineWeight { get; }

    /// <summary>Best first; never empty.</summary>
    public IReadOnlyList<TierDefinition> Tiers { get; }

    public decimal HysteresisMargin { get; }

    public int MinDaysInTier { get; }

    public ValueFactorWeights ValueFactors { get; }

    public decimal BumpAt { get; }

    public int MaxBump { get; }

    public int ImportantUpToTier { get; }

    public decimal EffortHighAt { get; }

    public int ReviewEveryMonths { get; }

    public PolicyTimeZone TimeZone { get; }

    /// <summary>The user (id as text) who gets follow-up tasks nobody else can take; null = none.</summary>
    public string? FallbackOwner { get; }

    public bool TasksForOverrideMovements { get; }

    public TierDefinition BestTier => Tiers[0];

    public TierDefinition LastTier => Tiers[Tiers.Count - 1];

    /// <summary>
    /// Parses and validates, tier values against the shipped <c>ctier_tier</c> choice; throws
    /// <see cref="InvalidPolicyException"/> listing every problem.
    /// </summary>
    public static TierPolicy Parse(string json) => Parse(json, TierChoice.Options);

    /// <summary>As <see cref="Parse(string)"/>, for a <c>ctier_tier</c> choice with other options (an org that added tiers to it).</summary>
    public static TierPolicy Parse(string json, IReadOnlyList<TierOption> tierOptions)
    {
        var result = PolicyParser.Parse(json, tierOptions);
        return result.Policy ?? throw new InvalidPolicyException(result.Problems);
    }

    /// <summary>Parses and validates without throwing, tier values against the shipped <c>ctier_tier</c> choice.</summary>
    public static PolicyParseResult TryParse(string json) => PolicyParser.Parse(json, TierChoice.Options);

    /// <summary>As <see cref="TryParse(string)"/>, for a <c>ctier_tier</c> choice with other options.</summary>
    public static PolicyParseResult TryParse(string json, IReadOnlyList<TierOption> tierOptions) => PolicyParser.Parse(json, tierOptions);

    /// <summary>The tier at a 1-based position.</summary>
    public TierDefinition TierAt(int position) =>
        position >= 1 && position <= Tiers.Count
            ? Tiers[position - 1]
            : throw new ArgumentOutOfRangeException(nameof(position), position, "No tier at this position.");

    /// <summary>The tier with this option value, or null when the policy lacks it (or it is null).</summary>
    public TierDefinition? FindTier(int? optionValue)
    {
        if (optionValue is null)
        {
            return null;
        }

        foreach (var tier in Tiers)
        {
            if (tier.Value == optionValue.Value)
            {
                return tier;
            }
        }

        return null;
    }

    /// <summary>The tier with this name (case-insensitive, trimmed), or null.</summary>
    public TierDefinition? FindTierByName(string? name)
    {
        if (name is null)
        {
            return null;
        }

        foreach (var tier in Tiers)
        {
            if (string.Equals(tier.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return tier;
            }
        }

        return null;
    }

    /// <summary>Compact JSON of this policy, every field written, parsable back to an equal policy.</summary>
    public string ToJson() => PolicyJsonWriter.Write(this);

    /// <summary>Internal: the same policy with other tier thresholds (calibration); re-validated by the caller.</summary>
    internal TierPolicy WithThresholds(IReadOnlyList<decimal> minRevenues)
    {
        var tiers = new TierDefinition[Tiers.Count];
        for (var i = 0; i < tiers.Length; i++)
        {
            var t = Tiers[i];
            tiers[i] = new TierDefinition(t.Position, t.Name, t.Value, minRevenues[i], t.ResponseHours, t.ContactEveryDays);
        }

        return new TierPolicy(WindowMonths, RevenueBasis, InvoiceAmount, PipelineWeight, tiers, HysteresisMargin, MinDaysInTier,
            ValueFactors, BumpAt, MaxBump, ImportantUpToTier, EffortHighAt, ReviewEveryMonths, TimeZone, FallbackOwner,
            TasksForOverrideMovements);
    }
}
