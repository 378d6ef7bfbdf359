using CrmTiering.Core.Policy;

namespace CrmTiering.Cli.Tests.Rules;

/// <summary>R19 calibration and R20 validation through the command line.</summary>
public class CalibrationRuleTests
{
    private const string OppHeader = "opportunityid,parentaccountid,statecode,actualvalue_base,actualclosedate";

    [Fact]
    public void Thresholds_are_the_revenues_of_the_accounts_crossing_80_and_95_percent()
    {
        // Positive revenue 500 + 300 + 150 + 50 = 1 000 (the zero and negative accounts are ignored).
        // 80 % = 800: 500 + 300 reaches it → 300. 95 % = 950: + 150 reaches it → 150.
        using var ws = new Workspace();
        var accounts = ws.Write("accounts.csv", "accountid", "a", "b", "c", "d", "zero", "neg");
        var opportunities = ws.Write("o.csv", OppHeader,
            "1,a,Won,500,2024-01-10", "2,b,Won,300,2024-01-10", "3,c,Won,150,2024-01-10", "4,d,Won,50,2024-01-10", "5,neg,Won,-700,2024-01-10");

        var run = CliRun.Of("calibrate", "--accounts", accounts, "--opportunities", opportunities, "--as-of", "2024-03-31", "--out", ws.PathOf("p.json"));

        Assert.Equal(0, run.ExitCode);
        var policy = TierPolicy.Parse(ws.Read("p.json"));
        Assert.Equal(300m, policy.Tiers[0].MinRevenue);
        Assert.Equal(150m, policy.Tiers[1].MinRevenue);
    }

    [Fact]
    public void Calibration_fails_when_thresholds_would_not_descend()
    {
        // Two equal accounts: 80 % and 95 % are both crossed by the second one → 100 and 100.
        using var ws = new Workspace();
        var accounts = ws.Write("accounts.csv", "accountid", "a", "b");
        var opportunities = ws.Write("o.csv", OppHeader, "1,a,Won,100,2024-01-10", "2,b,Won,100,2024-01-10");

        var run = CliRun.Of("calibrate", "--accounts", accounts, "--opportunities", opportunities, "--as-of", "2024-03-31");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: ", run.ErrorLines[0]);
    }

    [Fact]
    public void Policy_validate_names_each_bad_field_and_rejects_over_2000_characters()
    {
        using var ws = new Workspace();
        var bad = ws.Write("bad.json", "{\"windowMonths\":0,\"tiers\":[{\"name\":\"A\",\"minRevenue\":10},{\"name\":\"B\",\"minRevenue\":20},{\"name\":\"C\",\"minRevenue\":0}]}");
        var longPolicy = ws.Write("long.json", RuleReview.Policy("\"fallbackOwner\":\"" + new string('x', 2000) + "\""));

        var badRun = CliRun.Of("policy", "validate", bad);
        var longRun = CliRun.Of("policy", "validate", longPolicy);

        Assert.Equal(2, badRun.ExitCode);
        Assert.Contains("windowMonths", badRun.Error);
        Assert.Contains("minRevenue", badRun.Error);
        Assert.Equal(2, longRun.ExitCode);
        Assert.Contains("2", longRun.Error);
    }
}
