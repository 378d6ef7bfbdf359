using System.Collections.Generic;
using System.IO;
using CrmTiering.Cli.Csv;

namespace CrmTiering.Cli.Tests.Csv;

public class CsvRecordReaderTests
{
    private static List<IReadOnlyList<string>> ReadAll(string text)
    {
        var reader = new CsvRecordReader(new StringReader(text));
        var records = new List<IReadOnlyList<string>>();
        while (reader.Next() is { } record) records.Add(record);
        return records;
    }

    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks()
    {
        var records = ReadAll("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");

        Assert.Equal(2, records.Count);
        Assert.Equal(new[] { "x, y", "say \"hi\"", "two\nlines" }, records[1]);
    }

    [Fact]
    public void Last_record_without_line_break_is_read()
    {
        var records = ReadAll("a,b\n1,2");

        Assert.Equal(new[] { "1", "2" }, records[1]);
    }

    [Fact]
    public void Record_line_counts_line_breaks_inside_quotes()
    {
        var reader = new CsvRecordReader(new StringReader("h\n\"a\nb\"\nc\n"));
        reader.Next();
        reader.Next();
        Assert.Equal(2, reader.RecordLine);

        reader.Next();

        Assert.Equal(4, reader.RecordLine);
    }

    [Fact]
    public void Unclosed_quote_is_a_format_error_naming_its_line()
    {
        var reader = new CsvRecordReader(new StringReader("h\n\"never closed\n"));
        reader.Next();

        var error = Assert.Throws<CsvFormatException>(() => reader.Next());

        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Empty_fields_are_kept_in_position()
    {
        var records = ReadAll(",,x\n");

        Assert.Equal(new[] { "", "", "x" }, records[0]);
    }
}
