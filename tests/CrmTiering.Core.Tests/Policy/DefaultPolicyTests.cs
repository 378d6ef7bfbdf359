using CrmTiering.Core.Policy;

namespace CrmTiering.Core.Tests.Policy;

public sealed class DefaultPolicyTests
{
    [Fact]
    public void Built_in_default_equals_the_design_policy()
    {
        var policy = TierPolicy.Default;

        Assert.Equal(12, policy.WindowMonths);
        Assert.Equal(RevenueBasis.Max, policy.RevenueBasis);
        Assert.Equal(InvoiceAmount.Total, policy.InvoiceAmount);
        Assert.Equal(0m, policy.PipelineWeight);
        Assert.Equal(new[] { "Tier 1", "Tier 2", "Tier 3" }, new[] { policy.Tiers[0].Name, policy.Tiers[1].Name, policy.Tiers[2].Name });
        Assert.Equal(new[] { 512000000, 512000001, 512000002 }, new[] { policy.Tiers[0].Value, policy.Tiers[1].Value, policy.Tiers[2].Value });
        Assert.Equal(new[] { 500000m, 100000m, 0m }, new[] { policy.Tiers[0].MinRevenue, policy.Tiers[1].MinRevenue, policy.Tiers[2].MinRevenue });
        Assert.Equal(new[] { 24, 36, 48 }, new[] { policy.Tiers[0].ResponseHours, policy.Tiers[1].ResponseHours, policy.Tiers[2].ResponseHours });
        Assert.Equal(new[] { 30, 60, 90 }, new[] { policy.Tiers[0].ContactEveryDays, policy.Tiers[1].ContactEveryDays, policy.Tiers[2].ContactEveryDays });
        Assert.Equal(0.10m, policy.HysteresisMargin);
        Assert.Equal(0, policy.MinDaysInTier);
        foreach (var factor in ValueFactorNames.All)
        {
            Assert.Equal(1m, policy.ValueFactors[factor]);
        }

        Assert.Equal(8m, policy.BumpAt);
        Assert.Equal(1, policy.MaxBump);
        Assert.Equal(2, policy.ImportantUpToTier);
        Assert.Equal(6m, policy.EffortHighAt);
        Assert.Equal(3, policy.ReviewEveryMonths);
        Assert.Equal("UTC", policy.TimeZone.Id);
        Assert.Null(policy.FallbackOwner);
        Assert.False(policy.TasksForOverrideMovements);
    }

    [Fact]
    public void Absent_fields_take_the_design_defaults()
    {
        var policy = TierPolicy.Parse("{\"tiers\":[{\"name\":\"Gold\",\"minRevenue\":1000},{\"name\":\"Silver\",\"minRevenue\":10},{\"name\":\"Rest\",\"minRevenue\":0}]}");

        Assert.Equal(TierPolicy.Default.ToJson().Replace("Tier 1", "Gold").Replace("Tier 2", "Silver").Replace("Tier 3", "Rest")
                .Replace("500000", "1000").Replace("100000", "10")
                .Replace("\"responseHours\":24,\"contactEveryDays\":30", "\"responseHours\":48,\"contactEveryDays\":90")
                .Replace("\"responseHours\":36,\"contactEveryDays\":60", "\"responseHours\":48,\"contactEveryDays\":90"),
            policy.ToJson());
    }

    [Fact]
    public void Absent_tier_value_is_512000000_plus_position_minus_one()
    {
        var policy = TierPolicy.Parse("{\"tiers\":[{\"name\":\"A\",\"value\":512000001,\"minRevenue\":5},{\"name\":\"B\",\"value\":512000000,\"minRevenue\":2},{\"name\":\"C\",\"minRevenue\":0}]}");

        Assert.Equal(new[] { 512000001, 512000000, 512000002 }, new[] { policy.Tiers[0].Value, policy.Tiers[1].Value, policy.Tiers[2].Value });
    }

    [Fact]
    public void Numbers_are_read_as_exact_decimals()
    {
        var policy = TierPolicy.Parse("{\"pipelineWeight\":0.1,\"hysteresisMargin\":0.3,\"tiers\":[{\"name\":\"A\",\"minRevenue\":123456789012.3456},{\"name\":\"B\",\"minRevenue\":1E2},{\"name\":\"C\",\"minRevenue\":0}]}");

        Assert.Equal(0.1m, policy.PipelineWeight);
        Assert.Equal(0.3m, policy.HysteresisMargin);
        Assert.Equal(123456789012.3456m, policy.Tiers[0].MinRevenue);
        Assert.Equal(100m, policy.Tiers[1].MinRevenue);
    }

    [Fact]
    public void Written_json_is_compact_and_parses_back_to_the_same_policy()
    {
        var json = TierPolicy.Default.ToJson();

        Assert.DoesNotContain(" \"", json);
        Assert.True(json.Length < 1000);
        Assert.Equal(json, TierPolicy.Parse(json).ToJson());
    }

    [Fact]
    public void The_shipped_default_json_parses_to_the_default_policy()
    {
        Assert.Equal(TierPolicy.Default.ToJson(), TierPolicy.Parse(DefaultTierPolicy.Json).ToJson());
    }

    [Fact]
    public void A_windows_time_zone_id_is_found()
    {
        var policy = Given.Policy("\"timeZone\":\"UTC\"", "\"timeZone\":\"W. Europe Standard Time\"");

        Assert.Equal("W. Europe Standard Time", policy.TimeZone.Id);
    }

    [Fact]
    public void Tiers_are_found_by_option_value_and_by_name()
    {
        var policy = TierPolicy.Default;

        Assert.Equal("Tier 2", policy.FindTier(512000001)!.Name);
        Assert.Null(policy.FindTier(42));
        Assert.Null(policy.FindTier(null));
        Assert.Equal(512000002, policy.FindTierByName(" tier 3 ")!.Value);
    }
}
