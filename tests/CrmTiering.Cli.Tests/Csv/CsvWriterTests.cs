using System.IO;
using CrmTiering.Cli.Csv;

namespace CrmTiering.Cli.Tests.Csv;

public class CsvWriterTests
{
    [Fact]
    public void Fields_are_quoted_only_when_needed_and_round_trip()
    {
        var text = new StringWriter();
        new CsvWriter(text).WriteRecord("plain", "a,b", "say \"hi\"", "two\nlines", "", null);

        Assert.Equal("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,\n", text.ToString());
        var back = new CsvRecordReader(new StringReader(text.ToString())).Next();
        Assert.Equal(new[] { "plain", "a,b", "say \"hi\"", "two\nlines", "", "" }, back);
    }
}
