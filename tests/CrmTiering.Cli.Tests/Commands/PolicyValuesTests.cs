using CrmTiering.Core.Policy;

namespace CrmTiering.Cli.Tests.Commands;

/// <summary>
/// The CLI accepts exactly the policies the server accepts: Windows time-zone ids only (also on
/// Linux, where .NET would resolve IANA ids) and tier values the shipped ctier_tier choice has.
/// </summary>
public class PolicyValuesTests
{
    private const string ThreeTiers = "\"tiers\":[{\"name\":\"Tier 1\",\"minRevenue\":500000},{\"name\":\"Tier 2\",\"minRevenue\":100000},{\"name\":\"Tier 3\",\"minRevenue\":0}]";

    private static string Sample(Workspace ws, out string opportunities)
    {
        opportunities = ws.Write("o.csv",
            "parentaccountid,statecode,actualvalue_base,actualclosedate",
            "big,Won,800000,2024-01-10",
            "mid,Won,150000,2024-01-10",
            "small,Won,50000,2024-01-10");
        return ws.Write("accounts.csv", "accountid,name", "big,Big Co", "mid,Mid Co", "small,Small Co");
    }

    [Fact]
    public void Policy_validate_refuses_an_iana_time_zone_and_names_the_windows_id_to_use()
    {
        using var ws = new Workspace();
        var policy = ws.Write("p.json", "{" + ThreeTiers + ",\"timeZone\":\"Europe/Berlin\"}");

        var run = CliRun.Of("policy", "validate", policy);

        Assert.Equal(ExitCodes.UserMistake, run.ExitCode);
        Assert.Equal(
            new[] { CliMessages.ErrorPrefix + policy + ": timeZone \"Europe/Berlin\" is an IANA id; use the Windows id \"W. Europe Standard Time\"." },
            run.ErrorLines);
    }

    [Theory]
    [InlineData("UTC")]
    [InlineData("utc")]
    [InlineData("W. Europe Standard Time")]
    [InlineData("Tokyo Standard Time")]
    public void Policy_validate_accepts_windows_time_zone_ids(string id)
    {
        using var ws = new Workspace();
        var policy = ws.Write("p.json", "{" + ThreeTiers + ",\"timeZone\":\"" + id + "\"}");

        var run = CliRun.Of("policy", "validate", policy);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Policy_validate_refuses_a_tier_value_the_choice_lacks_and_a_fourth_tier()
    {
        using var ws = new Workspace();
        var policy = ws.Write("p.json", "{\"tiers\":[{\"name\":\"A\",\"value\":512000007,\"minRevenue\":900},"
            + "{\"name\":\"B\",\"minRevenue\":500},{\"name\":\"C\",\"minRevenue\":100},{\"name\":\"D\",\"minRevenue\":0}]}");

        var run = CliRun.Of("policy", "validate", policy);

        Assert.Equal(ExitCodes.UserMistake, run.ExitCode);
        Assert.Collection(run.ErrorLines,
            line => Assert.Equal(CliMessages.ErrorPrefix + policy + ": tiers[0].value 512000007 is not an option of the ctier_tier choice; "
                + "allowed: 512000000 (Tier 1), 512000001 (Tier 2), 512000002 (Tier 3).", line),
            line => Assert.StartsWith(CliMessages.ErrorPrefix + policy + ": tiers[3].value is absent and defaults to 512000003", line));
    }

    [Fact]
    public void Review_with_an_iana_time_zone_stops_before_reading_any_row()
    {
        using var ws = new Workspace();
        var accounts = Sample(ws, out var opportunities);
        var policy = ws.Write("p.json", "{" + ThreeTiers + ",\"timeZone\":\"America/New_York\"}");

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities, "--policy", policy, "--as-of", "2024-03-31");

        Assert.Equal(ExitCodes.UserMistake, run.ExitCode);
        Assert.Equal(
            new[] { CliMessages.ErrorPrefix + string.Format(CliMessages.PolicyInvalid, policy, "timeZone \"America/New_York\" is an IANA id; use the Windows id \"Eastern Standard Time\".") },
            run.ErrorLines);
    }

    [Fact]
    public void Calibrate_keeps_the_base_tier_values_and_writes_the_windows_id_so_validate_accepts_its_output()
    {
        using var ws = new Workspace();
        var accounts = Sample(ws, out var opportunities);
        var basePolicy = ws.Write("base.json", "{\"timeZone\":\"w. europe standard time\",\"tiers\":[{\"name\":\"Gold\",\"value\":512000002,\"minRevenue\":1},"
            + "{\"name\":\"Silver\",\"value\":512000000,\"minRevenue\":0.5},{\"name\":\"Bronze\",\"value\":512000001,\"minRevenue\":0}]}");

        var calibrate = CliRun.Of("calibrate", "--accounts", accounts, "--opportunities", opportunities, "--policy", basePolicy,
            "--as-of", "2024-03-31", "--out", ws.PathOf("p.json"));
        var validate = CliRun.Of("policy", "validate", ws.PathOf("p.json"));

        Assert.Equal(0, calibrate.ExitCode);
        Assert.Equal(0, validate.ExitCode);
        var policy = TierPolicy.Parse(ws.Read("p.json"));
        Assert.Equal(new[] { 512000002, 512000000, 512000001 }, policy.Tiers.Select(t => t.Value));
        Assert.Contains("\"timeZone\":\"W. Europe Standard Time\"", ws.Read("p.json"));
    }

    [Fact]
    public void Calibrate_refuses_a_base_policy_whose_tier_value_the_choice_lacks()
    {
        using var ws = new Workspace();
        var accounts = Sample(ws, out var opportunities);
        var basePolicy = ws.Write("base.json", "{\"tiers\":[{\"name\":\"A\",\"minRevenue\":10},{\"name\":\"B\",\"minRevenue\":5},{\"name\":\"C\",\"value\":3,\"minRevenue\":0}]}");

        var run = CliRun.Of("calibrate", "--accounts", accounts, "--opportunities", opportunities, "--policy", basePolicy, "--as-of", "2024-03-31");

        Assert.Equal(ExitCodes.UserMistake, run.ExitCode);
        Assert.Contains("tiers[2].value 3 is not an option of the ctier_tier choice", Assert.Single(run.ErrorLines));
        Assert.Empty(run.Output);
    }
}
