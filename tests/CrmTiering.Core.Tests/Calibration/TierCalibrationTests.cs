using System.Globalization;
using System.Linq;
using CrmTiering.Core.Calibration;
using CrmTiering.Core.Policy;

namespace CrmTiering.Core.Tests.Calibration;

/// <summary>R19: Pareto thresholds.</summary>
public sealed class TierCalibrationTests
{
    private static CalibrationAccount[] Accounts(params decimal[] revenues) =>
        revenues.Select((revenue, i) => new CalibrationAccount("acc-" + i.ToString("00", CultureInfo.InvariantCulture), revenue)).ToArray();

    [Fact]
    public void Thresholds_are_the_revenues_of_the_accounts_crossing_80_and_95_percent()
    {
        var accounts = Accounts(500, 300, 100, 50, 30, 20);

        var result = TierCalibration.Calibrate(TierPolicy.Default, accounts);

        Assert.Equal(300m, result.Tier1Threshold);
        Assert.Equal(50m, result.Tier2Threshold);
        Assert.Equal(new[] { 300m, 50m, 0m }, result.Policy.Tiers.Select(t => t.MinRevenue));
        Assert.Equal(result.Json, result.Policy.ToJson());
        Assert.Equal(TierPolicy.Default.ToJson().Replace("500000", "300").Replace("100000", "50"), result.Json);
    }

    [Fact]
    public void Exactly_80_percent_is_reached_by_the_prefix()
    {
        var result = TierCalibration.Calibrate(TierPolicy.Default, Accounts(80, 15, 5));

        Assert.Equal(80m, result.Tier1Threshold);
        Assert.Equal(15m, result.Tier2Threshold);
    }

    [Fact]
    public void Accounts_with_no_positive_revenue_are_ignored()
    {
        var result = TierCalibration.Calibrate(TierPolicy.Default, Accounts(80, 15, 5, 0, -1000));

        Assert.Equal(3, result.AccountsCounted);
        Assert.Equal(100m, result.TotalRevenue);
    }

    [Fact]
    public void Input_order_does_not_matter()
    {
        var accounts = Accounts(500, 300, 100, 50, 30, 20);

        var forward = TierCalibration.Calibrate(TierPolicy.Default, accounts);
        var backward = TierCalibration.Calibrate(TierPolicy.Default, accounts.Reverse());

        Assert.Equal(forward.Json, backward.Json);
    }

    [Fact]
    public void Calibration_fails_when_thresholds_would_not_descend()
    {
        var error = Assert.Throws<CalibrationException>(() => TierCalibration.Calibrate(TierPolicy.Default, Accounts(1000, 10)));

        Assert.Equal(string.Format(CultureInfo.InvariantCulture, CalibrationMessages.NotDescending, 1000m, 1000m), error.Message);
    }

    [Fact]
    public void Calibration_fails_without_revenue()
    {
        var error = Assert.Throws<CalibrationException>(() => TierCalibration.Calibrate(TierPolicy.Default, Accounts(0, -5)));

        Assert.Equal(CalibrationMessages.NoRevenue, error.Message);
    }

    [Fact]
    public void Calibration_needs_three_tiers()
    {
        var twoTiers = TierPolicy.Parse("{\"tiers\":[{\"name\":\"A\",\"minRevenue\":10},{\"name\":\"B\",\"minRevenue\":0}]}");

        var error = Assert.Throws<CalibrationException>(() => TierCalibration.Calibrate(twoTiers, Accounts(5, 4, 3)));

        Assert.Equal(string.Format(CultureInfo.InvariantCulture, CalibrationMessages.TooFewTiers, 2), error.Message);
    }

    [Fact]
    public void Calibration_fails_when_the_policy_json_would_exceed_2000_characters()
    {
        // The base fits in 2 000 characters; written out with every field it does not.
        var name = new string('n', 520);
        var tiers = string.Join(",", Enumerable.Range(0, 3).Select(i => "{\"name\":\"" + name + i + "\",\"minRevenue\":" + (10 - i) + "}"));
        var basePolicy = TierPolicy.Parse("{\"tiers\":[" + tiers + "]}");

        var error = Assert.Throws<CalibrationException>(() => TierCalibration.Calibrate(basePolicy, Accounts(900, 80, 15, 5)));

        Assert.StartsWith("The calibrated policy is ", error.Message);
        Assert.EndsWith("characters long; an environment variable holds at most 2000.", error.Message);
    }

    [Fact]
    public void Calibration_fails_when_a_lower_tier_threshold_is_no_longer_below()
    {
        // Four tiers need an extended ctier_tier choice; the calibrated policy is still checked against
        // the shipped one, so its fourth tier is reported too.
        var fourTiers = Given.PolicyWithManyTiers("{\"tiers\":[{\"name\":\"A\",\"minRevenue\":1000},{\"name\":\"B\",\"minRevenue\":500},{\"name\":\"C\",\"minRevenue\":200},{\"name\":\"D\",\"minRevenue\":0}]}");

        var error = Assert.Throws<CalibrationException>(() => TierCalibration.Calibrate(fourTiers, Accounts(800, 150, 30, 20)));

        Assert.Contains(string.Format(CultureInfo.InvariantCulture, PolicyMessages.ThresholdsNotDescending, "tiers[2].minRevenue", 200m, "tiers[1].minRevenue", 150m), error.Message);
    }
}
