namespace CrmTiering.Core.Calibration;

/// <summary>Why a calibration fails (R19).</summary>
public static class CalibrationMessages
{
    public const string NoRevenue = "No account has an effective revenue above 0: there is nothing to calibrate.";

    /// <summary>{0} = the policy's tier count.</summary>
    public const string TooFewTiers = "Calibration sets the thresholds of Tier 1 and Tier 2 and needs a policy with at least 3 tiers; this one has {0}.";

    /// <summary>{0} = Tier 1 threshold, {1} = Tier 2 threshold.</summary>
    public const string NotDescending = "Calibration would set Tier 1 at {0} and Tier 2 at {1}, but thresholds must descend: too few accounts carry the revenue to tell the tiers apart.";

    /// <summary>{0} = length of the calibrated policy.</summary>
    public const string TooLong = "The calibrated policy is {0} characters long; an environment variable holds at most 2000.";

    /// <summary>{0} = the validation problems, one per line.</summary>
    public const string Invalid = "The calibrated policy is not valid:\n{0}";
}
