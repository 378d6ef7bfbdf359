using CrmTiering.Core.Policy;

namespace CrmTiering.Cli.Tests.Commands;

/// <summary>`explain`, `whatif`, `calibrate` and `policy validate` end to end.</summary>
public class OtherCommandTests
{
    private static (string accounts, string opportunities) Sample(Workspace ws)
    {
        var accounts = ws.Write("accounts.csv", "accountid,name", "big,Big Co", "mid,Mid Co", "small,Small Co", "zero,Zero Co");
        var opportunities = ws.Write("o.csv",
            "parentaccountid,statecode,actualvalue_base,actualclosedate",
            "big,Won,800000,2024-01-10",
            "mid,Won,150000,2024-01-10",
            "small,Won,50000,2024-01-10");
        return (accounts, opportunities);
    }

    [Fact]
    public void Explain_prints_every_part_of_the_tier()
    {
        using var ws = new Workspace();
        var (accounts, opportunities) = Sample(ws);

        var run = CliRun.Of("explain", "--account", "mid", "--accounts", accounts, "--opportunities", opportunities, "--as-of", "2024-03-31");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n');
        Assert.Contains("account: mid (Mid Co)", lines);
        Assert.Contains("tier: Tier 2", lines);
        Assert.Contains("won revenue: 150000.00", lines);
        Assert.Contains("effective revenue: 150000.00", lines);
        Assert.Contains("movement: Initial", lines);
        Assert.Contains("explanation:", lines);
    }

    [Fact]
    public void Whatif_counts_accounts_from_current_to_proposed_tier_and_lists_movers()
    {
        using var ws = new Workspace();
        var (accounts, opportunities) = Sample(ws);
        var proposed = ws.Write("new.json", "{\"tiers\":[{\"name\":\"Tier 1\",\"minRevenue\":100000},{\"name\":\"Tier 2\",\"minRevenue\":40000},{\"name\":\"Tier 3\",\"minRevenue\":0}]}");

        var run = CliRun.Of("whatif", "--policy", proposed, "--accounts", accounts, "--opportunities", opportunities, "--as-of", "2024-03-31");

        Assert.Equal(0, run.ExitCode);
        var sections = run.Output.Split("\n\n");
        Assert.Equal(
            "current\\proposed,Tier 1,Tier 2,Tier 3\nTier 1,1,0,0\nTier 2,1,0,0\nTier 3,0,1,1\n",
            sections[0] + "\n");
        var movers = OutputTable.Parse(sections[1]);
        Assert.Equal(new[] { "mid:Tier 2>Tier 1", "small:Tier 3>Tier 2" },
            movers.Rows.Select(r => r["accountid"] + ":" + r["currenttier"] + ">" + r["proposedtier"]));
    }

    [Fact]
    public void Calibrate_sets_thresholds_at_80_and_95_percent_of_revenue()
    {
        // Total 1 000 000: big 800 000 reaches 80 % alone; mid brings 950 000 = 95 %.
        using var ws = new Workspace();
        var (accounts, opportunities) = Sample(ws);

        var run = CliRun.Of("calibrate", "--accounts", accounts, "--opportunities", opportunities, "--as-of", "2024-03-31", "--out", ws.PathOf("p.json"));

        Assert.Equal(0, run.ExitCode);
        var policy = TierPolicy.Parse(ws.Read("p.json"));
        Assert.Equal(800000m, policy.Tiers[0].MinRevenue);
        Assert.Equal(150000m, policy.Tiers[1].MinRevenue);
        Assert.Equal(TierPolicy.Default.HysteresisMargin, policy.HysteresisMargin);
    }

    [Fact]
    public void Calibrate_without_revenue_is_a_user_mistake()
    {
        using var ws = new Workspace();
        var accounts = ws.Write("accounts.csv", "accountid", "A");
        var opportunities = ws.Write("o.csv", "parentaccountid,statecode");

        var run = CliRun.Of("calibrate", "--accounts", accounts, "--opportunities", opportunities, "--as-of", "2024-03-31");

        Assert.Equal(ExitCodes.UserMistake, run.ExitCode);
        Assert.Equal(new[] { CliMessages.ErrorPrefix + Core.Calibration.CalibrationMessages.NoRevenue }, run.ErrorLines);
    }

    [Fact]
    public void Policy_validate_accepts_a_valid_policy()
    {
        using var ws = new Workspace();
        var policy = ws.Write("p.json", DefaultTierPolicy.Json);

        var run = CliRun.Of("policy", "validate", policy);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Format(CliMessages.PolicyValid, policy) + "\n", run.Output);
    }

    [Fact]
    public void Policy_validate_prints_one_line_per_problem_and_exits_2()
    {
        using var ws = new Workspace();
        var policy = ws.Write("p.json", "{\"windowMonths\":0,\"tiers\":[{\"name\":\"A\",\"minRevenue\":10},{\"name\":\"B\",\"minRevenue\":20},{\"name\":\"C\",\"minRevenue\":0}]}");
        var expected = TierPolicy.TryParse(ws.Read("p.json")).Problems;

        var run = CliRun.Of("policy", "validate", policy);

        Assert.Equal(ExitCodes.UserMistake, run.ExitCode);
        Assert.True(expected.Count >= 2);
        Assert.Equal(expected.Select(p => CliMessages.ErrorPrefix + policy + ": " + p), run.ErrorLines);
    }
}
