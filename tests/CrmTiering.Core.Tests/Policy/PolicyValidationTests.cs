using System;
using System.Globalization;
using System.Linq;
using CrmTiering.Core.Policy;

namespace CrmTiering.Core.Tests.Policy;

public sealed class PolicyValidationTests
{
    private const string ThreeTiers = "\"tiers\":[{\"name\":\"Tier 1\",\"minRevenue\":500},{\"name\":\"Tier 2\",\"minRevenue\":100},{\"name\":\"Tier 3\",\"minRevenue\":0}]";

    private static string Problem(string json) => Assert.Single(TierPolicy.TryParse(json).Problems);

    private static string WithField(string field) => "{" + ThreeTiers + "," + field + "}";

    private static string F(string message, params object[] args) => string.Format(CultureInfo.InvariantCulture, message, args);

    [Fact]
    public void Empty_policy_is_rejected() => Assert.Equal(PolicyMessages.Empty, Problem("  "));

    [Fact]
    public void Policy_over_2000_characters_is_rejected_even_when_valid()
    {
        var json = WithField("\"fallbackOwner\":\"" + new string('x', 2000) + "\"");

        Assert.Equal(F(PolicyMessages.TooLong, json.Length), Problem(json));
    }

    [Fact]
    public void Policy_of_exactly_2000_characters_is_accepted()
    {
        var prefix = WithField("\"fallbackOwner\":\"");
        var json = prefix + new string('x', 2000 - prefix.Length - 2) + "\"}";

        Assert.Equal(2000, json.Length);
        Assert.True(TierPolicy.TryParse(json).IsValid);
    }

    [Theory]
    [InlineData("{\"tiers\":[}", "unexpected character", 11)]
    [InlineData("{\"tiers\":1,}", "expected a quoted property name", 12)]
    [InlineData("{\"a\":1,\"a\":2}", "property \"a\" appears more than once", 8)]
    [InlineData("{\"a\":01}", "leading zeros are not allowed", 8)]
    [InlineData("{\"a\":\"x}", "unterminated string", 9)]
    [InlineData("{} x", "unexpected text after the end of the document", 4)]
    public void Malformed_json_is_rejected_with_what_and_where(string json, string what, int position) =>
        Assert.Equal(F(PolicyMessages.NotJson, what, position), Problem(json));

    [Fact]
    public void Policy_must_be_an_object() => Assert.Equal(PolicyMessages.NotAnObject, Problem("[1]"));

    [Fact]
    public void Tiers_are_required() => Assert.Equal(PolicyMessages.TiersMissing, Problem("{\"windowMonths\":12}"));

    [Fact]
    public void Tiers_must_be_a_list() => Assert.Equal(PolicyMessages.TiersNotAList, Problem("{\"tiers\":{}}"));

    [Fact]
    public void Tiers_must_not_be_empty() => Assert.Equal(PolicyMessages.TiersEmpty, Problem("{\"tiers\":[]}"));

    [Fact]
    public void Each_tier_must_be_an_object() =>
        Assert.Equal(F(PolicyMessages.TierNotAnObject, "tiers[1]"), Problem("{\"tiers\":[{\"name\":\"A\",\"minRevenue\":1},\"B\"]}"));

    [Fact]
    public void Tier_name_is_required() =>
        Assert.Equal(F(PolicyMessages.Required, "tiers[0].name"), Problem("{\"tiers\":[{\"minRevenue\":1},{\"name\":\"B\",\"minRevenue\":0}]}"));

    [Fact]
    public void Tier_min_revenue_is_required_even_for_the_last_tier() =>
        Assert.Equal(F(PolicyMessages.Required, "tiers[1].minRevenue"), Problem("{\"tiers\":[{\"name\":\"A\",\"minRevenue\":1},{\"name\":\"B\"}]}"));

    [Fact]
    public void Tier_names_must_be_unique_ignoring_case() =>
        Assert.Equal(F(PolicyMessages.Duplicate, "tiers[1].name", "\"a\""), Problem("{\"tiers\":[{\"name\":\"A\",\"minRevenue\":1},{\"name\":\"a\",\"minRevenue\":0}]}"));

    [Fact]
    public void Tier_values_must_be_unique() =>
        Assert.Equal(F(PolicyMessages.Duplicate, "tiers[1].value", 512000000), Problem("{\"tiers\":[{\"name\":\"A\",\"minRevenue\":1},{\"name\":\"B\",\"value\":512000000,\"minRevenue\":0}]}"));

    [Fact]
    public void Tier_name_must_be_text() =>
        Assert.Equal(F(PolicyMessages.NotText, "tiers[0].name"), Problem("{\"tiers\":[{\"name\":1,\"minRevenue\":0}]}"));

    [Fact]
    public void Min_revenue_must_be_a_number() =>
        Assert.Equal(F(PolicyMessages.NotANumber, "tiers[0].minRevenue"), Problem("{\"tiers\":[{\"name\":\"A\",\"minRevenue\":\"1\"},{\"name\":\"B\",\"minRevenue\":0}]}"));

    [Fact]
    public void Min_revenue_of_a_ranking_tier_cannot_be_negative() =>
        Assert.Equal(F(PolicyMessages.Between, "tiers[0].minRevenue", 0m, 922337203685477m), Problem("{\"tiers\":[{\"name\":\"A\",\"minRevenue\":-1},{\"name\":\"B\",\"minRevenue\":-5}]}"));

    [Fact]
    public void Thresholds_must_strictly_descend() =>
        Assert.Equal(F(PolicyMessages.ThresholdsNotDescending, "tiers[1].minRevenue", 500m, "tiers[0].minRevenue", 500m),
            Problem("{\"tiers\":[{\"name\":\"A\",\"minRevenue\":500},{\"name\":\"B\",\"minRevenue\":500},{\"name\":\"C\",\"minRevenue\":0}]}"));

    [Fact]
    public void The_last_tiers_min_revenue_is_not_compared() =>
        Assert.True(TierPolicy.TryParse("{\"tiers\":[{\"name\":\"A\",\"minRevenue\":500},{\"name\":\"B\",\"minRevenue\":900}]}").IsValid);

    [Fact]
    public void Whole_numbers_reject_fractions() => Assert.Equal(F(PolicyMessages.NotAWholeNumber, "windowMonths"), Problem(WithField("\"windowMonths\":1.5")));

    [Fact]
    public void Window_months_must_be_in_range() => Assert.Equal(F(PolicyMessages.Between, "windowMonths", 1, 120), Problem(WithField("\"windowMonths\":0")));

    [Fact]
    public void Response_hours_must_be_at_least_one() =>
        Assert.Equal(F(PolicyMessages.Between, "tiers[0].responseHours", 1, 8760), Problem("{\"tiers\":[{\"name\":\"A\",\"minRevenue\":0,\"responseHours\":0}]}"));

    [Fact]
    public void Contact_every_days_must_be_at_least_one() =>
        Assert.Equal(F(PolicyMessages.Between, "tiers[0].contactEveryDays", 1, 3660), Problem("{\"tiers\":[{\"name\":\"A\",\"minRevenue\":0,\"contactEveryDays\":0}]}"));

    [Fact]
    public void Null_is_not_a_number() => Assert.Equal(F(PolicyMessages.NotANumber, "bumpAt"), Problem(WithField("\"bumpAt\":null")));

    [Fact]
    public void Pipeline_weight_is_between_0_and_1() => Assert.Equal(F(PolicyMessages.Between, "pipelineWeight", 0m, 1m), Problem(WithField("\"pipelineWeight\":1.5")));

    [Fact]
    public void Hysteresis_margin_is_at_least_0_and_below_1() =>
        Assert.Equal(F(PolicyMessages.AtLeastAndBelow, "hysteresisMargin", 0m, 1m), Problem(WithField("\"hysteresisMargin\":1")));

    [Fact]
    public void Bump_at_is_on_the_0_to_10_scale() => Assert.Equal(F(PolicyMessages.Between, "bumpAt", 0m, 10m), Problem(WithField("\"bumpAt\":11")));

    [Fact]
    public void Important_up_to_tier_cannot_exceed_the_tier_count() =>
        Assert.Equal(F(PolicyMessages.Between, "importantUpToTier", 0, 3), Problem(WithField("\"importantUpToTier\":4")));

    [Fact]
    public void Value_factor_weights_cannot_be_negative() =>
        Assert.Equal(F(PolicyMessages.Between, "valueFactors.seo", 0m, 1000m), Problem(WithField("\"valueFactors\":{\"seo\":-1}")));

    [Fact]
    public void Min_revenue_cannot_exceed_the_largest_money_value() =>
        Assert.Equal(F(PolicyMessages.Between, "tiers[0].minRevenue", 0m, 922337203685477m), Problem("{\"tiers\":[{\"name\":\"A\",\"minRevenue\":1E20},{\"name\":\"B\",\"minRevenue\":0}]}"));

    [Fact]
    public void Unknown_value_factors_are_named() =>
        Assert.Equal(F(PolicyMessages.UnknownValueFactor, "karma"), Problem(WithField("\"valueFactors\":{\"karma\":1}")));

    [Fact]
    public void Value_factors_must_be_an_object() =>
        Assert.Equal(F(PolicyMessages.NotAnObjectField, "valueFactors"), Problem(WithField("\"valueFactors\":[1]")));

    [Fact]
    public void Revenue_basis_must_be_a_known_word() =>
        Assert.Equal(F(PolicyMessages.NotOneOf, "revenueBasis", "Max, Sum, WonOnly, PaidOnly"), Problem(WithField("\"revenueBasis\":\"Average\"")));

    [Fact]
    public void Words_are_matched_ignoring_case() =>
        Assert.Equal(InvoiceAmount.Net, TierPolicy.Parse(WithField("\"invoiceAmount\":\"net\"")).InvoiceAmount);

    [Fact]
    public void Booleans_must_be_true_or_false() =>
        Assert.Equal(F(PolicyMessages.NotTrueOrFalse, "tasksForOverrideMovements"), Problem(WithField("\"tasksForOverrideMovements\":\"yes\"")));

    [Fact]
    public void Time_zone_must_be_text() => Assert.Equal(F(PolicyMessages.NotText, "timeZone"), Problem(WithField("\"timeZone\":1")));

    [Fact]
    public void Unknown_time_zone_is_named() =>
        Assert.Equal(F(PolicyMessages.UnknownTimeZone, "Mars/Olympus"), Problem(WithField("\"timeZone\":\"Mars/Olympus\"")));

    [Fact]
    public void Fallback_owner_must_be_text_or_null()
    {
        Assert.Equal(F(PolicyMessages.NotText, "fallbackOwner"), Problem(WithField("\"fallbackOwner\":5")));
        Assert.Equal("u-1", TierPolicy.Parse(WithField("\"fallbackOwner\":\"u-1\"")).FallbackOwner);
    }

    [Fact]
    public void Unknown_fields_are_ignored_so_newer_policies_still_load() =>
        Assert.True(TierPolicy.TryParse(WithField("\"futureField\":{\"x\":[1,2]}")).IsValid);

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var result = TierPolicy.TryParse(WithField("\"windowMonths\":0,\"bumpAt\":\"high\",\"timeZone\":\"Nowhere\""));

        Assert.False(result.IsValid);
        Assert.Equal(3, result.Problems.Count);
        Assert.Contains(result.Problems, p => p.StartsWith("windowMonths", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("bumpAt", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("timeZone", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_throws_with_every_problem_in_the_message()
    {
        var error = Assert.Throws<InvalidPolicyException>(() => TierPolicy.Parse(WithField("\"windowMonths\":0,\"maxBump\":-1")));

        Assert.Equal(2, error.Problems.Count);
        Assert.All(error.Problems, problem => Assert.Contains(problem, error.Message));
        Assert.Equal(error.Problems.ToArray(), error.Message.Split(new[] { Environment.NewLine }, StringSplitOptions.None));
    }
}
