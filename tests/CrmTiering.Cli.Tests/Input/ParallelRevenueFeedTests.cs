using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using CrmTiering.Cli.Csv;
using CrmTiering.Cli.Input;
using CrmTiering.Cli.Output;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;
using FsCheck;
using FsCheck.Fluent;

namespace CrmTiering.Cli.Tests.Input;

/// <summary>
/// The parallel byte reader against the text reader it replaces, on random exports: quoted and
/// unquoted fields (commas, quotes, line breaks inside), LF / CR LF endings, blank lines, padded
/// values, labels and numbers for statecode, every amount, probability and date shape the text rules
/// accept or refuse, instants with offsets read in a non-UTC policy zone, contacts and unknown
/// accounts, non-ASCII ids — cut into tiny chunks so that records split everywhere. Same records,
/// same skipped counts, and every account's facts equal to Core's accumulator over the text reader's records.
/// </summary>
public sealed class ParallelRevenueFeedTests
{
    private static readonly string[] Amounts = { "", "12.50", "-3", "100", "0.00", " 7.1 ", "1e3", "+5", "-0.00", "abc", ".5", "5.", "007.25", "123456789012345678.5", "-1234.5678" };
    private static readonly string[] Dates = { "", "2024-02-29", "2024-02-30", "2023-06-30", "2024-06-30", "2024-03-01T23:30:00Z", "2024-06-30T22:30:00Z", "2024-03-01T23:30:00+02:00", "2024-03-01 10:00", "03/04/2024", " 2024-01-15 ", "2024-06-30T24:00:00Z", "2025-01-01" };
    private static readonly string[] OpportunityStates = { "0", "1", "2", "Won", "open", "LOST", " 1 ", "9", "", "Won\u00a0" };
    private static readonly string[] InvoiceStates = { "0", "1", "2", "3", "Paid", "paid", " 2 ", "4", "" };
    private static readonly string[] Probabilities = { "", "50", "50.0", "100", "101", "-1", "0", "075" };
    private static readonly string[] Accounts = { "a1", "a2", "ä-3", "a,4", "a\"5" };
    private static readonly string[] Others = { "contact-9", "", " ", "unknown" };

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Field(Random random, string value)
    {
        var needsQuotes = value.Contains(',') || value.Contains('"') || value.Contains('\n');
        if (!needsQuotes && random.Next(4) != 0) return value;
        return "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    private static string Id(Random random) => random.Next(5) == 0 ? Pick(random, Others) : Pick(random, Accounts);

    private static string File(Random random, string header, Func<string[]> row, int rows)
    {
        var text = new StringBuilder(header);
        var newline = random.Next(2) == 0 ? "\n" : "\r\n";
        text.Append(newline);
        for (var i = 0; i < rows; i++)
        {
            if (random.Next(15) == 0) text.Append(newline);
            var fields = row();
            for (var f = 0; f < fields.Length; f++)
            {
                if (f > 0) text.Append(',');
                text.Append(Field(random, fields[f]));
            }
            if (random.Next(10) == 0) text.Append(",\"note, with a\nline break\"");
            if (i < rows - 1 || random.Next(2) == 0) text.Append(newline);
        }
        return text.ToString();
    }

    private static (string Opportunities, string Invoices) Export(int seed)
    {
        var random = new Random(seed);
        var opportunities = File(random, "opportunityid,parentaccountid,customerid,statecode,actualvalue_base,actualclosedate,estimatedvalue_base,closeprobability,estimatedclosedate,extra",
            () => new[] { "o", random.Next(3) == 0 ? "" : Id(random), Id(random), Pick(random, OpportunityStates), Pick(random, Amounts), Pick(random, Dates), Pick(random, Amounts), Pick(random, Probabilities), Pick(random, Dates) },
            random.Next(0, 60));
        var invoices = File(random, "invoiceid,customerid,statecode,totalamount_base,totalamountlessfreight_base,datedelivered,createdon",
            () => new[] { "i", Id(random), Pick(random, InvoiceStates), Pick(random, Amounts), Pick(random, Amounts), Pick(random, Dates), Pick(random, Dates) },
            random.Next(0, 60));
        return (opportunities, invoices);
    }

    private static AccountBook Book(Workspace ws)
    {
        ws.Write("accounts.csv", "accountid,name", "a1,A", "a2,B", "ä-3,C", "\"a,4\",D", "\"a\"\"5\",E");
        return AccountBook.Read(ws.PathOf("accounts.csv"), PolicyTimeZone.Utc, new List<string>());
    }

    [Fact]
    public void Random_exports_read_in_tiny_parallel_chunks_give_the_text_readers_records_skips_and_sums()
    {
        PolicyTimeZone.TryFind("W. Europe Standard Time", out var europe);
        var policies = new[] { TierPolicy.Default, TierPolicy.Parse(DefaultTierPolicy.Json.Replace("\"UTC\"", "\"W. Europe Standard Time\"")) };
        var cases = from seed in Gen.Choose(0, int.MaxValue)
                    from chunk in Gen.Choose(1, 300)
                    from threads in Gen.Choose(1, 3)
                    from zone in Gen.Elements(0, 1)
                    select (seed, chunk, threads, zone);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(Arb.From(cases), c =>
        {
            using var ws = new Workspace();
            var (opportunities, invoices) = Export(c.seed);
            ws.Write("opportunities.csv", opportunities);
            ws.Write("invoices.csv", invoices);
            var book = Book(ws);
            var policy = policies[c.zone];
            var zone = policy.TimeZone;
            var windows = new[] { new DateTime(2024, 6, 30), new DateTime(2024, 3, 31) }.Select(date => EvaluationWindow.OnDate(policy, date)).ToArray();

            var expected = new RevenueAccumulator[book.Count, windows.Length];
            for (var a = 0; a < book.Count; a++)
            {
                for (var w = 0; w < windows.Length; w++) expected[a, w] = new RevenueAccumulator(policy, windows[w]);
            }
            var textSkipped = new RevenueFeed(book, zone).Stream(
                ws.PathOf("opportunities.csv"), ws.PathOf("invoices.csv"),
                (a, o) => { for (var w = 0; w < windows.Length; w++) expected[a, w].Add(o); },
                (a, i) => { for (var w = 0; w < windows.Length; w++) expected[a, w].Add(i); });

            var ledger = new RevenueLedger(policy, windows, book.Count);
            var skipped = new ParallelRevenueFeed(book, zone, c.chunk, c.threads).Stream(
                ws.PathOf("opportunities.csv"), ws.PathOf("invoices.csv"), new[] { ledger }, -1, null, new RowProgress(null, "rows"));

            Assert.Equal(textSkipped.Opportunities, skipped.Opportunities);
            Assert.Equal(textSkipped.Invoices, skipped.Invoices);
            for (var a = 0; a < book.Count; a++)
            {
                for (var w = 0; w < windows.Length; w++)
                {
                    var want = expected[a, w].ToFacts();
                    var got = ledger.FactsAt(a, w);
                    Assert.Equal(want.Won, got.Won);
                    Assert.Equal(want.Paid, got.Paid);
                    Assert.Equal(want.WeightedPipeline, got.WeightedPipeline);
                    Assert.Equal(want.OldestCountedDate, got.OldestCountedDate);
                }
            }
            return true;
        }));
    }

    [Fact]
    public void Byte_records_in_tiny_blocks_equal_the_text_readers_records_and_lines()
    {
        var cases = from seed in Gen.Choose(0, int.MaxValue)
                    from block in Gen.Choose(1, 200)
                    select (seed, block);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(Arb.From(cases), c =>
        {
            using var ws = new Workspace();
            var random = new Random(c.seed);
            var text = Export(c.seed).Opportunities;
            if (random.Next(4) == 0) text = text.Replace("\n", "\r");
            System.IO.File.WriteAllText(ws.PathOf("t.csv"), text, new UTF8Encoding(random.Next(2) == 0));

            using var reference = CsvFile.FromReader("t.csv", new StreamReader(ws.PathOf("t.csv"), new UTF8Encoding(false), true));
            using var bytes = CsvFile.Open(ws.PathOf("t.csv"));
            var want = reference.Rows().Select(row => (row.Line, row["customerid"], row["statecode"], row["extra"])).ToList();
            var got = bytes.RowsFromBytes(c.block).Select(row => (row.Line, row["customerid"], row["statecode"], row["extra"])).ToList();
            Assert.True(bytes.IsUtf8);
            Assert.Equal(want, got);
            return true;
        }));
    }

    [Fact]
    public void A_quote_never_closed_is_the_same_one_line_error_with_its_line()
    {
        using var ws = new Workspace();
        ws.Write("opportunities.csv", "parentaccountid,statecode", "a1,1", "a2,\"never closed", "a1,1");
        var book = Book(ws);

        var error = Assert.Throws<UserMistakeException>(() => new ParallelRevenueFeed(book, PolicyTimeZone.Utc, 4, 2).Stream(
            ws.PathOf("opportunities.csv"), null, new[] { new RevenueLedger(TierPolicy.Default, new[] { EvaluationWindow.OnDate(TierPolicy.Default, new DateTime(2024, 1, 1)) }, book.Count) }, -1, null, new RowProgress(null, "rows")));

        Assert.Contains("opportunities.csv", error.Message);
        Assert.Contains("3", error.Message);
    }
}
