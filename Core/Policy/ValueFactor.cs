namespace CrmTiering.Core.Policy;

/// <summary>The six non-monetary value factors (R10), in policy-key order.</summary>
public enum ValueFactor
{
    /// <summary>Policy key <c>referrals</c>, column <c>ctier_referralvalue</c>.</summary>
    Referrals,

    /// <summary>Policy key <c>marketing</c>, column <c>ctier_marketingvalue</c>.</summary>
    Marketing,

    /// <summary>Policy key <c>seo</c>, column <c>ctier_seovalue</c>.</summary>
    Seo,

    /// <summary>Policy key <c>logo</c>, column <c>ctier_logovalue</c>.</summary>
    Logo,

    /// <summary>Policy key <c>growth</c>, column <c>ctier_growthpotential</c>.</summary>
    Growth,

    /// <summary>Policy key <c>strategicFit</c>, column <c>ctier_strategicfit</c>.</summary>
    StrategicFit,
}
