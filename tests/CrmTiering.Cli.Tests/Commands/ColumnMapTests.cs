using System.IO;
using CrmTiering.Cli.Tests.RealData;

namespace CrmTiering.Cli.Tests.Commands;

/// <summary><c>--map</c>: exports with other headers read without conversion; bad maps are one-line errors, exit 2.</summary>
public class ColumnMapTests
{
    /// <summary>The mapping docs/cli.md shows for the shared CRM dataset.</summary>
    public static readonly string[] SalesDatasetMap =
    {
        "--map", "accountid=account", "--map", "revenue=",
        "--map", "parentaccountid=account", "--map", "statecode=deal_stage",
        "--map", "actualvalue_base=close_value", "--map", "actualclosedate=close_date",
    };

    [Fact]
    public void The_shared_dataset_reviews_straight_from_its_files_with_the_documented_map_as_after_conversion()
    {
        var data = SalesDataset.Locate();
        using var ws = new Workspace();
        SalesDatasetConversion.WriteInputs(data, ws);
        var converted = CliRun.Of("review", "--as-of", "2017-12-31", "--accounts", ws.PathOf("accounts.csv"), "--opportunities", ws.PathOf("opportunities.csv"), "--out", ws.PathOf("converted.csv"));
        var mapped = CliRun.Of(new[]
        {
            "review", "--as-of", "2017-12-31", "--accounts", Path.Combine(data.Folder, "accounts.csv"),
            "--opportunities", Path.Combine(data.Folder, "sales_pipeline.csv"), "--out", ws.PathOf("mapped.csv"),
        }.Concat(SalesDatasetMap).ToArray());

        Assert.Equal(0, converted.ExitCode);
        Assert.Equal(0, mapped.ExitCode);
        // Engaging and Prospecting are not statecode labels: those rows are skipped (and counted) —
        // they carry no pipeline here anyway (no estimated close date), so no sum or tier changes.
        var unmapped = data.Pipeline.Count(o => o["account"].Length == 0 || o["deal_stage"] is "Engaging" or "Prospecting");
        Assert.Equal(new[] { string.Format(CliMessages.SkippedRowsWarning, unmapped, unmapped, 0) }, mapped.ErrorLines);
        var want = OutputTable.Parse(ws.Read("converted.csv"));
        var got = OutputTable.Parse(ws.Read("mapped.csv"));
        Assert.Equal(data.Accounts.Count, got.Rows.Count);
        foreach (var row in want.Rows)
        {
            var other = got.Row("2017-12-31", row["accountid"]);
            Assert.Equal(row["wonrevenue"], other["wonrevenue"]);
            Assert.Equal(row["revenuetier"], other["revenuetier"]);
            Assert.Equal(row["tier"], other["tier"]);
        }
        Assert.Contains(got.Rows, row => row["wonrevenue"] != "0.00");
    }

    [Fact]
    public void A_json_map_file_reads_like_the_options_and_can_scope_a_column_to_one_file()
    {
        using var ws = new Workspace();
        ws.Write("accounts.csv", "Account ID,Account Name", "a1,Acme");
        ws.Write("opportunities.csv", "Account,Status,Amount,Closed", "a1,Won,100.50,2024-05-01", "a1,1,1,2023-01-01");
        ws.Write("map.json", "{ \"accountid\": \"Account ID\", \"name\": \"Account Name\", \"opportunities.parentaccountid\": \"Account\",",
            "  \"opportunities.statecode\": \"Status\", \"actualvalue_base\": \"Amount\", \"actualclosedate\": \"Closed\" }");

        var run = CliRun.Of("review", "--as-of", "2024-06-30", "--accounts", ws.PathOf("accounts.csv"), "--opportunities", ws.PathOf("opportunities.csv"), "--map", ws.PathOf("map.json"));

        Assert.Equal(0, run.ExitCode);
        var row = OutputTable.Parse(run.Output).Row("2024-06-30", "a1");
        Assert.Equal("Acme", row["name"]);
        Assert.Equal("100.50", row["wonrevenue"]);
    }

    [Theory]
    [InlineData("accountnumber=Number", "not a column the data commands read")]
    [InlineData("orders.statecode=Status", "unknown file kind")]
    [InlineData("accountid", "expected column=header")]
    [InlineData("accountid=Missing", "the header lacks 'Missing'")]
    public void A_bad_map_is_one_line_and_exit_2(string map, string message)
    {
        using var ws = new Workspace();
        ws.Write("accounts.csv", "accountid,Name Of Account", "a1,Acme");
        ws.Write("opportunities.csv", "parentaccountid,statecode", "a1,1");

        var run = CliRun.Of("review", "--as-of", "2024-06-30", "--accounts", ws.PathOf("accounts.csv"), "--opportunities", ws.PathOf("opportunities.csv"), "--map", map);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains(message, run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Duplicate_headers_and_columns_are_one_line_errors()
    {
        using var ws = new Workspace();
        ws.Write("accounts.csv", "Id,Label,name", "a1,Acme,Acme Inc");
        ws.Write("opportunities.csv", "parentaccountid,statecode", "a1,1");
        string[] Run(params string[] maps) => new[] { "review", "--as-of", "2024-06-30", "--accounts", ws.PathOf("accounts.csv"), "--opportunities", ws.PathOf("opportunities.csv") }
            .Concat(maps.SelectMany(map => new[] { "--map", map })).ToArray();

        var sameHeader = CliRun.Of(Run("accountid=Id", "name=Id"));
        var sameColumn = CliRun.Of(Run("accountid=Id", "accountid=Label"));
        var alsoInFile = CliRun.Of(Run("accountid=Id", "name=Label"));

        Assert.Equal(2, sameHeader.ExitCode);
        Assert.Contains("header 'Id' is mapped to more than one accounts column", Assert.Single(sameHeader.ErrorLines));
        Assert.Equal(2, sameColumn.ExitCode);
        Assert.Contains("mapped twice", Assert.Single(sameColumn.ErrorLines));
        Assert.Equal(2, alsoInFile.ExitCode);
        Assert.Contains("already has name", Assert.Single(alsoInFile.ErrorLines));
    }
}
