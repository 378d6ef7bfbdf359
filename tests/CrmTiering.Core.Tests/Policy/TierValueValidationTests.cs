using System.Globalization;
using System.Linq;
using CrmTiering.Core.Policy;

namespace CrmTiering.Core.Tests.Policy;

/// <summary>A tier's value must be an option of the shipped ctier_tier choice, given or defaulted.</summary>
public sealed class TierValueValidationTests
{
    private const string Allowed = "512000000 (Tier 1), 512000001 (Tier 2), 512000002 (Tier 3)";

    private static string Tier(string name, int minRevenue, string? value = null) =>
        "{\"name\":\"" + name + "\"" + (value is null ? string.Empty : ",\"value\":" + value) + ",\"minRevenue\":" + minRevenue + "}";

    private static string Policy(params string[] tiers) => "{\"tiers\":[" + string.Join(",", tiers) + "]}";

    [Fact]
    public void A_value_the_choice_lacks_is_rejected_naming_the_field_and_the_allowed_options()
    {
        var problems = TierPolicy.TryParse(Policy(Tier("A", 500), Tier("B", 100, "512000007"), Tier("C", 0))).Problems;

        Assert.Equal(new[] { "tiers[1].value 512000007 is not an option of the ctier_tier choice; allowed: " + Allowed + "." }, problems);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("-512000000")]
    [InlineData("0")]
    public void Any_whole_number_outside_the_choice_is_rejected(string value) =>
        Assert.Equal(
            string.Format(CultureInfo.InvariantCulture, PolicyMessages.NotATierOption, "tiers[0].value", value, Allowed),
            Assert.Single(TierPolicy.TryParse(Policy(Tier("A", 500, value), Tier("B", 0))).Problems));

    [Fact]
    public void A_fourth_tier_without_value_defaults_beyond_the_choice_and_is_rejected_as_one_tier_too_many()
    {
        var problems = TierPolicy.TryParse(Policy(Tier("A", 900), Tier("B", 500), Tier("C", 100), Tier("D", 0))).Problems;

        Assert.Equal(new[]
        {
            "tiers[3].value is absent and defaults to 512000003, which is not an option of the ctier_tier choice: "
            + "with 3 options a policy has at most 3 tiers; allowed: " + Allowed + ".",
        }, problems);
    }

    [Fact]
    public void Each_tier_beyond_the_choice_gets_its_own_message()
    {
        var problems = TierPolicy.TryParse(Policy(Tier("A", 900), Tier("B", 500), Tier("C", 100), Tier("D", 50), Tier("E", 0))).Problems;

        Assert.Equal(new[] { "tiers[3].value", "tiers[4].value" }, problems.Select(p => p.Substring(0, p.IndexOf(' '))));
    }

    [Fact]
    public void A_value_that_is_not_a_whole_number_is_reported_once() =>
        Assert.Equal(
            string.Format(CultureInfo.InvariantCulture, PolicyMessages.NotANumber, "tiers[0].value"),
            Assert.Single(TierPolicy.TryParse(Policy(Tier("A", 500, "\"gold\""), Tier("B", 0))).Problems));

    [Fact]
    public void A_value_outside_the_choice_is_not_also_reported_as_a_duplicate()
    {
        var problems = TierPolicy.TryParse(Policy(Tier("A", 500, "9"), Tier("B", 0, "9"))).Problems;

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Contains("is not an option of the ctier_tier choice", p));
    }

    [Fact]
    public void Every_option_of_the_choice_is_accepted_in_any_order()
    {
        var policy = TierPolicy.Parse(Policy(Tier("A", 500, "512000002"), Tier("B", 100, "512000000"), Tier("C", 0, "512000001")));

        Assert.Equal(new[] { 512000002, 512000000, 512000001 }, policy.Tiers.Select(t => t.Value));
    }

    [Fact]
    public void More_tiers_parse_against_a_choice_an_org_extended()
    {
        var policy = TierPolicy.Parse(Policy(Tier("A", 900), Tier("B", 500), Tier("C", 100), Tier("D", 0)), Given.TenTierChoice);

        Assert.Equal(512000003, policy.LastTier.Value);
    }

    [Fact]
    public void A_policy_written_out_validates_again()
    {
        var policy = TierPolicy.Parse(Policy(Tier("A", 500, "512000001"), Tier("B", 100, "512000002"), Tier("C", 0, "512000000")));

        Assert.True(TierPolicy.TryParse(policy.ToJson()).IsValid);
    }
}
