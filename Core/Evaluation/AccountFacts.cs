using System;

namespace CrmTiering.Core.Evaluation;

/// <summary>
/// What the evaluation needs to know about the account itself. Dates are calendar dates in the
/// policy time zone (convert UserLocal values with <see cref="Time.PolicyTimeZone.DateOf(DateTime)"/>).
/// </summary>
public sealed record AccountFacts
{
    public string AccountId { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    /// <summary>Date of <c>createdon</c>.</summary>
    public DateTime? CreatedOn { get; init; }

    /// <summary>Date of <c>overriddencreatedon</c>; wins over <see cref="CreatedOn"/> (imported accounts).</summary>
    public DateTime? OverriddenCreatedOn { get; init; }

    /// <summary><c>ctier_expectedannualrevenue_base</c> (R7).</summary>
    public decimal? ExpectedAnnualRevenue { get; init; }

    public ValueFactorScores ValueFactors { get; init; } = ValueFactorScores.None;

    /// <summary><c>ctier_efforttomanage</c>, 0–10; null counts as low effort (R15).</summary>
    public int? EffortToManage { get; init; }

    /// <summary>The client's own size, <c>revenue_base</c> (R16).</summary>
    public decimal? ClientRevenue { get; init; }

    public TierOverride Override { get; init; } = new TierOverride();

    /// <summary>The creation date R7 uses: <c>overriddencreatedon</c>, else <c>createdon</c>.</summary>
    public DateTime? CreationDate => (OverriddenCreatedOn ?? CreatedOn)?.Date;
}
