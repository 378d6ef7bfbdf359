using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CrmTiering.Cli.Csv;
using CrmTiering.Cli.Input;
using CrmTiering.Core.Time;
using FsCheck;
using FsCheck.Fluent;

namespace CrmTiering.Cli.Tests.Input;

/// <summary>
/// Accounts read on several threads in tiny chunks (records cut everywhere) against a reading from
/// top to bottom: the same accounts in the same order, the same warnings in the same order, and
/// the same first problem when a file has several (a duplicate id, a bad value, an unclosed quote).
/// </summary>
public sealed class AccountBookChunkTests
{
    private const string Header = "accountid,name,createdon,revenue,ctier_referrals,ownerid,ctier_tieroverride";
    private static readonly string[] Dates = { "", "2024-02-29", "2023-06-30T22:30:00Z", " 2024-01-15 " };
    private static readonly string[] Scores = { "", "0", "10", "11", "-1", "7" };

    [Fact]
    public void Random_account_files_read_in_tiny_parallel_chunks_equal_a_reading_from_top_to_bottom()
    {
        var cases = from seed in Gen.Choose(0, int.MaxValue)
                    from chunk in Gen.Choose(1, 200)
                    from threads in Gen.Choose(1, 3)
                    select (seed, chunk, threads);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(Arb.From(cases), c =>
        {
            using var ws = new Workspace();
            var random = new Random(c.seed);
            var path = ws.Write("accounts.csv", Lines(random).ToArray());
            var (expected, expectedWarnings, expectedError) = TopToBottom(path);
            var warnings = new List<string>();
            AccountBook? book = null;
            string? error = null;
            using (var file = CsvFile.Open(path))
            {
                try
                {
                    book = AccountBook.Read(file, PolicyTimeZone.Utc, warnings, c.chunk, c.threads);
                }
                catch (UserMistakeException e)
                {
                    error = e.Message;
                }
            }
            Assert.Equal(expectedError, error);
            if (error is not null) return;
            Assert.Equal(expectedWarnings, warnings);
            Assert.Equal(expected.Select(Describe), book!.Accounts.Select(Describe));
            for (var i = 0; i < expected.Count; i++) Assert.Equal(i, book.IndexOf(Encoding.UTF8.GetBytes(expected[i].Id)));
        }));
    }

    private static IEnumerable<string> Lines(Random random)
    {
        yield return Header;
        var ids = new List<string>();
        var rows = random.Next(0, random.Next(2) == 0 ? 40 : 400);
        for (var i = 0; i < rows; i++)
        {
            if (random.Next(12) == 0) yield return "";
            string id;
            var pick = random.Next(30);
            if (pick == 0 && ids.Count > 0) id = ids[random.Next(ids.Count)];
            else if (pick == 1) id = Guid.NewGuid().ToString().ToUpperInvariant();
            else if (pick == 2) id = "ä-" + i;
            else id = Guid.NewGuid().ToString();
            ids.Add(id);
            var name = random.Next(5) == 0 ? "\"Name, with\nbreak \"\"q\"\"\"" : "N" + i;
            var created = random.Next(40) == 0 ? "not a date" : Dates[random.Next(Dates.Length)];
            var revenue = random.Next(40) == 0 ? "x" : random.Next(1000).ToString();
            var line = $"{id},{name},{created},{revenue},{Scores[random.Next(Scores.Length)]},u{random.Next(3)},";
            if (random.Next(100) == 0) line += "\"never closed";
            yield return line;
        }
    }

    /// <summary>The reading the chunked one replaces: rows in order, each id checked as it comes.</summary>
    private static (List<AccountEntry>, List<string>, string?) TopToBottom(string path)
    {
        var accounts = new List<AccountEntry>();
        var warnings = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var file = CsvFile.Open(path);
        try
        {
            foreach (var row in file.Rows())
            {
                var entry = new AccountRowReader(file.Label, row, PolicyTimeZone.Utc, warnings).Read();
                if (!seen.Add(entry.Id)) throw new UserMistakeException(string.Format(CliMessages.AccountIdDuplicate, file.Label, entry.Line, entry.Id));
                accounts.Add(entry);
            }
        }
        catch (UserMistakeException e)
        {
            return (accounts, warnings, e.Message);
        }
        return (accounts, warnings, null);
    }

    private static string Describe(AccountEntry entry) => string.Join("|",
        entry.Id, entry.Name, entry.Line, entry.Facts.CreatedOn, entry.Facts.ClientRevenue,
        entry.Facts.ValueFactors.Referrals, entry.OwnerId, entry.OverrideText);
}
