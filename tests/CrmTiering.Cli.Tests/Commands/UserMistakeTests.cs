namespace CrmTiering.Cli.Tests.Commands;

/// <summary>Every user mistake: exit code 2 and exactly one clear line on stderr, never a stack trace.</summary>
public class UserMistakeTests
{
    private static void AssertOneLineMistake(CliRun run, string expectedMessage)
    {
        Assert.Equal(ExitCodes.UserMistake, run.ExitCode);
        Assert.Equal(new[] { CliMessages.ErrorPrefix + expectedMessage }, run.ErrorLines);
        Assert.DoesNotContain("   at ", run.Error); // a stack frame
    }

    private static (Workspace ws, string accounts, string opportunities) Inputs()
    {
        var ws = new Workspace();
        return (ws, ws.Write("accounts.csv", "accountid", "A"), ws.Write("o.csv", "parentaccountid,statecode"));
    }

    [Fact]
    public void Missing_input_file()
    {
        var (ws, _, opportunities) = Inputs();
        using var _ws = ws;
        var missing = ws.PathOf("nope.csv");

        var run = CliRun.Of("review", "--accounts", missing, "--opportunities", opportunities, "--as-of", "2024-03-31");

        AssertOneLineMistake(run, string.Format(CliMessages.FileNotFound, missing));
    }

    [Fact]
    public void Header_without_a_required_column()
    {
        var (ws, accounts, _) = Inputs();
        using var _ws = ws;
        var opportunities = ws.Write("bad.csv", "parentaccountid,state", "A,Won");

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities, "--as-of", "2024-03-31");

        AssertOneLineMistake(run, string.Format(CliMessages.MissingColumn, opportunities, "statecode"));
    }

    [Fact]
    public void Opportunity_header_without_any_account_column()
    {
        var (ws, accounts, _) = Inputs();
        using var _ws = ws;
        var opportunities = ws.Write("bad.csv", "statecode", "Won");

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities, "--as-of", "2024-03-31");

        AssertOneLineMistake(run, string.Format(CliMessages.MissingColumn, opportunities, "parentaccountid or customerid"));
    }

    [Fact]
    public void Invalid_policy_lists_core_messages_on_one_line()
    {
        var (ws, accounts, opportunities) = Inputs();
        using var _ws = ws;
        var policy = ws.Write("p.json", "{\"windowMonths\": 12}");

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities, "--policy", policy, "--as-of", "2024-03-31");

        Assert.Equal(ExitCodes.UserMistake, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith(CliMessages.ErrorPrefix + string.Format(CliMessages.PolicyInvalid, policy, ""), line);
        Assert.Contains(Core.Policy.PolicyMessages.TiersMissing, line);
    }

    [Theory]
    [InlineData("--as-of", "2024-13-01")]
    [InlineData("--as-of", "31/03/2024")]
    public void Bad_date_option(string option, string value)
    {
        var (ws, accounts, opportunities) = Inputs();
        using var _ws = ws;

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities, option, value);

        AssertOneLineMistake(run, string.Format(CliMessages.BadDateOption, option, value));
    }

    [Fact]
    public void Bad_date_in_the_accounts_file_names_line_and_column()
    {
        using var ws = new Workspace();
        var accounts = ws.Write("accounts.csv", "accountid,createdon", "A,2024-01-01", "B,soon");
        var opportunities = ws.Write("o.csv", "parentaccountid,statecode");

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities, "--as-of", "2024-03-31");

        AssertOneLineMistake(run, string.Format(CliMessages.AccountValueInvalid, accounts, 3, "createdon", "soon", CliMessages.KindDate));
    }

    [Fact]
    public void Duplicate_account_id()
    {
        using var ws = new Workspace();
        var accounts = ws.Write("accounts.csv", "accountid", "A", " A ");
        var opportunities = ws.Write("o.csv", "parentaccountid,statecode");

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities, "--as-of", "2024-03-31");

        AssertOneLineMistake(run, string.Format(CliMessages.AccountIdDuplicate, accounts, 3, "A"));
    }

    [Fact]
    public void Missing_required_option()
    {
        var (ws, accounts, _) = Inputs();
        using var _ws = ws;

        var run = CliRun.Of("review", "--accounts", accounts, "--as-of", "2024-03-31");

        Assert.Equal(ExitCodes.UserMistake, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith(CliMessages.ErrorPrefix, line);
        Assert.Contains("--opportunities", line);
    }

    [Fact]
    public void No_review_date()
    {
        var (ws, accounts, opportunities) = Inputs();
        using var _ws = ws;

        AssertOneLineMistake(CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities), CliMessages.ReviewDatesMissing);
    }

    [Fact]
    public void As_of_together_with_a_range()
    {
        var (ws, accounts, opportunities) = Inputs();
        using var _ws = ws;

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities, "--as-of", "2024-03-31", "--every", "3");

        AssertOneLineMistake(run, CliMessages.ReviewDatesConflict);
    }

    [Fact]
    public void Incomplete_range()
    {
        var (ws, accounts, opportunities) = Inputs();
        using var _ws = ws;

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities, "--from", "2024-01-01", "--every", "3");

        AssertOneLineMistake(run, CliMessages.ReviewRangeIncomplete);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("x")]
    public void Every_that_is_not_a_positive_whole_number(string every)
    {
        var (ws, accounts, opportunities) = Inputs();
        using var _ws = ws;

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities, "--from", "2024-01-01", "--to", "2024-12-31", "--every", every);

        AssertOneLineMistake(run, string.Format(CliMessages.BadEveryOption, every));
    }

    [Fact]
    public void To_before_from()
    {
        var (ws, accounts, opportunities) = Inputs();
        using var _ws = ws;

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities, "--from", "2024-06-30", "--to", "2024-01-01", "--every", "3");

        AssertOneLineMistake(run, string.Format(CliMessages.ReviewRangeBackwards, "2024-06-30", "2024-01-01"));
    }

    [Fact]
    public void Unclosed_quote_in_an_input_file()
    {
        var (ws, accounts, _) = Inputs();
        using var _ws = ws;
        var opportunities = ws.Write("o.csv", "parentaccountid,statecode", "\"A,Won");

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities, "--as-of", "2024-03-31");

        AssertOneLineMistake(run, string.Format(CliMessages.MalformedCsv, opportunities, new CrmTiering.Cli.Csv.CsvFormatException(2).Message));
    }

    [Fact]
    public void Unknown_command()
    {
        var run = CliRun.Of("tierify");

        Assert.Equal(ExitCodes.UserMistake, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }

    [Fact]
    public void Explain_for_an_account_that_is_not_in_the_file()
    {
        var (ws, accounts, opportunities) = Inputs();
        using var _ws = ws;

        var run = CliRun.Of("explain", "--account", "Z", "--accounts", accounts, "--opportunities", opportunities, "--as-of", "2024-03-31");

        AssertOneLineMistake(run, string.Format(CliMessages.UnknownAccount, "Z", accounts));
    }
}
