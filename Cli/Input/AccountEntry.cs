using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Policy;

namespace CrmTiering.Cli.Input;

/// <summary>
/// One row of the accounts file: Core's facts plus what only the CLI needs (owner, line). The
/// override is kept as written (a tier name or option value) because its meaning depends on the
/// policy it is read against (what-if compares two).
/// </summary>
public sealed class AccountEntry
{
    public AccountEntry(AccountFacts facts, string? ownerId, string overrideText, int line)
    {
        Facts = facts;
        OwnerId = ownerId;
        OverrideText = overrideText;
        Line = line;
    }

    public string Id => Facts.AccountId;

    public string Name => Facts.Name;

    /// <summary>Facts without the override's tier (its until and reason are set).</summary>
    public AccountFacts Facts { get; }

    public string? OwnerId { get; }

    public string OverrideText { get; }

    public int Line { get; }

    /// <summary>
    /// The facts with the override read against <paramref name="policy"/>: a tier name (any case) or
    /// an option value. A number the policy lacks is passed on so Core ignores and traces it (R11);
    /// a name the policy lacks is dropped here. Either way <paramref name="unknownOverride"/> is true,
    /// so the run warns about both.
    /// </summary>
    public AccountFacts FactsFor(TierPolicy policy, out bool unknownOverride)
    {
        unknownOverride = false;
        if (OverrideText.Length == 0) return Facts;
        if (int.TryParse(OverrideText, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            unknownOverride = policy.FindTier(value) is null;
            return Facts with { Override = Facts.Override with { Tier = value } };
        }
        var tier = policy.FindTierByName(OverrideText);
        if (tier is null)
        {
            unknownOverride = true;
            return Facts;
        }
        return Facts with { Override = Facts.Override with { Tier = tier.Value } };
    }

    public AccountFacts FactsFor(TierPolicy policy) => FactsFor(policy, out _);
}
