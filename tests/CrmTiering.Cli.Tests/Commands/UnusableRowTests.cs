namespace CrmTiering.Cli.Tests.Commands;

/// <summary>Unusable opportunity and invoice rows are skipped and counted once each, in one warning line; exit code 0.</summary>
public class UnusableRowTests
{
    [Fact]
    public void Each_unusable_row_is_counted_once_and_reported_in_one_line()
    {
        using var ws = new Workspace();
        var accounts = ws.Write("accounts.csv", "accountid", "ACC-1", "acc-2");
        var opportunities = ws.Write("o.csv",
            "parentaccountid,customerid,statecode,actualvalue_base,actualclosedate,closeprobability,estimatedclosedate",
            "ACC-1,,Won,100,2024-01-01,,",        // usable
            " ACC-1 ,,Won,100,2024-01-01,,",      // usable: ids are trimmed
            "acc-1,,Won,100,2024-01-01,,",        // unknown account: ids match exactly (case too)
            ",contact-9,Won,100,2024-01-01,,",    // customer is not a known account
            ",,Won,100,2024-01-01,,",             // no account at all
            "ACC-1,,Pending,100,2024-01-01,,",    // statecode not listed
            "ACC-1,,Lost,1e,2024-01-01,,",        // bad amount, whatever the state
            "ACC-1,,Open,,,150,2024-06-01",       // probability outside 0-100
            "ACC-1,,Open,,,50,someday",           // bad date
            "nobody,,Nope,x,never,,");            // many faults: still one row
        var invoices = ws.Write("i.csv",
            "customerid,statecode,totalamount_base,datedelivered,createdon",
            "acc-2,Paid,500,2024-01-01,",          // usable
            "acc-2,Paid,500,2024-01-01,2024-02-30", // bad createdon even though datedelivered dates it
            "ACC-3,Paid,500,2024-01-01,",           // unknown account
            "acc-2,4,500,2024-01-01,");             // statecode not listed

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities, "--invoices", invoices, "--as-of", "2024-03-31");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(new[] { string.Format(CliMessages.SkippedRowsWarning, 11, 8, 3) }, run.ErrorLines);
        var table = OutputTable.Parse(run.Output);
        Assert.Equal("200.00", table.Row("2024-03-31", "ACC-1")["wonrevenue"]);
        Assert.Equal("500.00", table.Row("2024-03-31", "acc-2")["paidrevenue"]);
    }

    [Fact]
    public void Nothing_skipped_means_no_warning()
    {
        using var ws = new Workspace();
        var accounts = ws.Write("accounts.csv", "accountid", "A");
        var opportunities = ws.Write("o.csv", "parentaccountid,statecode", "A,Open");

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities, "--as-of", "2024-03-31");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
    }
}
