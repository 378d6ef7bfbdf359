namespace CrmTiering.Core.Policy;

/// <summary>
/// Every policy validation message (R20). One message per problem, naming the field by its JSON
/// path (e.g. <c>tiers[1].minRevenue</c>, counting tiers from 0 as JSON does). Placeholders are
/// filled with <see cref="string.Format(System.IFormatProvider, string, object[])"/> and the
/// invariant culture.
/// </summary>
public static class PolicyMessages
{
    /// <summary>The environment variable's limit on a value.</summary>
    public const int MaxLength = 2000;

    public const string Empty = "The tier policy is empty.";

    /// <summary>{0} = the policy's length.</summary>
    public const string TooLong = "The tier policy is {0} characters long; an environment variable holds at most 2000.";

    /// <summary>{0} = what is wrong, {1} = 1-based character position.</summary>
    public const string NotJson = "The tier policy is not valid JSON: {0} at character {1}.";

    public const string NotAnObject = "The tier policy must be a JSON object ({ ... }).";

    public const string TiersMissing = "tiers is required: a list of tiers, best first, each with name and minRevenue.";

    public const string TiersNotAList = "tiers must be a list of tiers, best first, each with name and minRevenue.";

    public const string TiersEmpty = "tiers must contain at least one tier.";

    /// <summary>{0} = field.</summary>
    public const string TierNotAnObject = "{0} must be an object with name and minRevenue.";

    /// <summary>{0} = field.</summary>
    public const string Required = "{0} is required.";

    /// <summary>{0} = field, {1} = the repeated value.</summary>
    public const string Duplicate = "{0} {1} is already used by another tier.";

    /// <summary>{0} = field.</summary>
    public const string NotText = "{0} must be text.";

    /// <summary>{0} = field.</summary>
    public const string NotANumber = "{0} must be a number.";

    /// <summary>{0} = field.</summary>
    public const string NotAWholeNumber = "{0} must be a whole number.";

    /// <summary>{0} = field.</summary>
    public const string NotTrueOrFalse = "{0} must be true or false.";

    /// <summary>{0} = field.</summary>
    public const string NotAnObjectField = "{0} must be an object.";

    /// <summary>{0} = field, {1} = lowest allowed value.</summary>
    public const string AtLeast = "{0} must be at least {1}.";

    /// <summary>{0} = field, {1} = lowest, {2} = highest allowed value.</summary>
    public const string Between = "{0} must be between {1} and {2}.";

    /// <summary>{0} = field, {1} = lowest allowed value, {2} = the bound it must stay under.</summary>
    public const string AtLeastAndBelow = "{0} must be at least {1} and below {2}.";

    /// <summary>{0} = field, {1} = the allowed words.</summary>
    public const string NotOneOf = "{0} must be one of {1}.";

    /// <summary>{0} = this tier's field, {1} its value, {2} = the better tier's field, {3} its value.</summary>
    public const string ThresholdsNotDescending = "{0} ({1}) must be lower than {2} ({3}): thresholds descend from the best tier.";

    /// <summary>{0} = the unknown key.</summary>
    public const string UnknownValueFactor = "valueFactors.{0} is not a value factor; the factors are referrals, marketing, seo, logo, growth, strategicFit.";

    /// <summary>{0} = field, {1} = the value given, {2} = the allowed options with their labels.</summary>
    public const string NotATierOption = "{0} {1} is not an option of the ctier_tier choice; allowed: {2}.";

    /// <summary>{0} = field, {1} = the default value, {2} = how many options the choice has, {3} = the allowed options.</summary>
    public const string DefaultNotATierOption = "{0} is absent and defaults to {1}, which is not an option of the ctier_tier choice: with {2} options a policy has at most {2} tiers; allowed: {3}.";

    /// <summary>{0} = the id given (neither a Windows id nor an IANA id with a known Windows id).</summary>
    public const string UnknownTimeZone = "timeZone \"{0}\" is not a Windows time-zone id; use one such as \"UTC\" or \"W. Europe Standard Time\" (tzutil /l on Windows lists them, CLDR's windowsZones.xml maps IANA ids to them).";

    /// <summary>{0} = the IANA id given, {1} = the Windows id of the same zone.</summary>
    public const string IanaTimeZone = "timeZone \"{0}\" is an IANA id; use the Windows id \"{1}\".";

    /// <summary>{0} = the Windows id given, which this system's time-zone data cannot resolve.</summary>
    public const string UnavailableTimeZone = "timeZone \"{0}\" is a Windows time-zone id, but this system's time-zone data lacks it.";
}
