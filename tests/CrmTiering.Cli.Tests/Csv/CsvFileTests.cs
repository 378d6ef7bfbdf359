using System.IO;
using System.Linq;
using System.Text;
using CrmTiering.Cli.Csv;

namespace CrmTiering.Cli.Tests.Csv;

public class CsvFileTests
{
    private static CsvFile FromBytes(byte[] bytes) =>
        CsvFile.FromReader("t.csv", new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), true));

    private static CsvFile FromText(string text, bool bom = false)
    {
        var body = Encoding.UTF8.GetBytes(text);
        return FromBytes(bom ? new byte[] { 0xEF, 0xBB, 0xBF }.Concat(body).ToArray() : body);
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_case_with_a_bom()
    {
        using var file = FromText("Name,ACCOUNTID,unknown\nAcme, a1 ,zzz\n", bom: true);

        var row = file.Rows().Single();

        Assert.Equal("a1", row["accountid"]);
        Assert.Equal("Acme", row["name"]);
    }

    [Fact]
    public void Absent_columns_and_short_rows_read_as_empty()
    {
        using var file = FromText("accountid,name\na1\n");

        var row = file.Rows().Single();

        Assert.Equal("", row["name"]);
        Assert.Equal("", row["revenue"]);
    }

    [Fact]
    public void Blank_lines_are_skipped()
    {
        using var file = FromText("accountid\n\na1\n,\na2\n");

        Assert.Equal(new[] { "a1", "a2" }, file.Rows().Select(r => r["accountid"]));
    }

    [Fact]
    public void Missing_required_column_is_a_user_mistake_naming_file_and_column()
    {
        using var file = FromText("name\nx\n");

        var error = Assert.Throws<UserMistakeException>(() => file.Require("accountid"));

        Assert.Equal(string.Format(CliMessages.MissingColumn, "t.csv", "accountid"), error.Message);
    }

    [Fact]
    public void Empty_file_is_a_user_mistake()
    {
        var error = Assert.Throws<UserMistakeException>(() => FromText(""));

        Assert.Equal(string.Format(CliMessages.EmptyFile, "t.csv"), error.Message);
    }

    [Fact]
    public void Utf16_file_with_bom_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("accountid\nÄ1\n")).ToArray();
        using var file = FromBytes(bytes);

        Assert.Equal("Ä1", file.Rows().Single()["accountid"]);
    }
}
