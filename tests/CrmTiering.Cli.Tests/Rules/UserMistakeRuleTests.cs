namespace CrmTiering.Cli.Tests.Rules;

/// <summary>Each user mistake gives one stderr line and exit code 2, never a stack trace.</summary>
public class UserMistakeRuleTests
{
    private static CliRun Review(Workspace ws, string[] accounts, string[] opportunities, string[]? invoices = null, string? policy = null, params string[] dates)
    {
        var args = new System.Collections.Generic.List<string>
        {
            "review", "--accounts", ws.Write("a.csv", accounts), "--opportunities", ws.Write("o.csv", opportunities), "--out", ws.PathOf("r.csv"),
        };
        if (invoices != null) args.AddRange(new[] { "--invoices", ws.Write("i.csv", invoices) });
        if (policy != null) args.AddRange(new[] { "--policy", ws.Write("p.json", policy) });
        args.AddRange(dates.Length == 0 ? new[] { "--as-of", "2024-03-31" } : dates);
        return CliRun.Of(args.ToArray());
    }

    private static void AssertOneLineMistake(CliRun run)
    {
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: ", line);
        Assert.DoesNotContain("   at ", run.Error);
    }

    public static TheoryData<string[], string[], string[]?> BadHeaders => new()
    {
        { new[] { "name", "x" }, new[] { "parentaccountid,statecode" }, null },
        { new[] { "accountid", "a" }, new[] { "parentaccountid,actualvalue_base" }, null },
        { new[] { "accountid", "a" }, new[] { "statecode,actualvalue_base" }, null },
        { new[] { "accountid", "a" }, new[] { "parentaccountid,statecode" }, new[] { "statecode,totalamount_base" } },
        { new[] { "accountid", "a" }, new[] { "parentaccountid,statecode" }, new[] { "customerid,totalamount_base" } },
    };

    [Theory]
    [MemberData(nameof(BadHeaders))]
    public void A_missing_required_column_is_a_user_mistake(string[] accounts, string[] opportunities, string[]? invoices)
    {
        using var ws = new Workspace();
        AssertOneLineMistake(Review(ws, accounts, opportunities, invoices));
    }

    [Fact]
    public void A_missing_file_is_a_user_mistake()
    {
        using var ws = new Workspace();
        AssertOneLineMistake(CliRun.Of("review", "--accounts", ws.PathOf("none.csv"), "--opportunities", ws.PathOf("none2.csv"), "--as-of", "2024-03-31"));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"windowMonths\":12}")]
    [InlineData("{\"tiers\":[{\"name\":\"A\",\"minRevenue\":1},{\"name\":\"B\",\"minRevenue\":5},{\"name\":\"C\",\"minRevenue\":0}]}")]
    public void A_bad_policy_is_a_user_mistake(string policy)
    {
        using var ws = new Workspace();
        var run = Review(ws, new[] { "accountid", "a" }, new[] { "parentaccountid,statecode" }, null, policy);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.ErrorLines[0]);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Theory]
    [InlineData("--as-of", "2024-02-30")]
    [InlineData("--as-of", "31/03/2024")]
    [InlineData("--from", "2024-01-01", "--to", "2023-01-01", "--every", "3")]
    [InlineData("--from", "2024-01-01", "--to", "2024-06-30", "--every", "0")]
    [InlineData("--from", "2024-01-01", "--to", "2024-06-30")]
    public void A_bad_date_option_is_a_user_mistake(params string[] dates)
    {
        using var ws = new Workspace();
        AssertOneLineMistake(Review(ws, new[] { "accountid", "a" }, new[] { "parentaccountid,statecode" }, null, null, dates));
    }

    [Fact]
    public void A_malformed_account_value_is_a_user_mistake()
    {
        using var ws = new Workspace();
        AssertOneLineMistake(Review(ws, new[] { "accountid,createdon", "a,yesterday" }, new[] { "parentaccountid,statecode" }));
    }
}
