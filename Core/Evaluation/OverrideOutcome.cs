namespace CrmTiering.Core.Evaluation;

/// <summary>What became of the account's override (R11).</summary>
public enum OverrideOutcome
{
    NotSet,

    /// <summary>In force: it replaced the tier.</summary>
    Applied,

    /// <summary>Set, but its until date has passed.</summary>
    Expired,

    /// <summary>In force, but the policy has no tier with that option value: ignored and traced.</summary>
    Ignored,
}
