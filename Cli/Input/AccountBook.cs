using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CrmTiering.Cli.Csv;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Time;

namespace CrmTiering.Cli.Input;

/// <summary>
/// The accounts of a run, in file order, found by id. Accounts are the one input held in memory;
/// opportunities and invoices stream past them. A malformed account row stops the run (exit 2):
/// every other row hangs off the accounts, so guessing would move revenue silently. A UTF-8 file
/// is read on every core in record-aligned chunks, and the chunks are joined in file order, so
/// the accounts, the warnings and the first error are those of a reading from top to bottom.
/// </summary>
public sealed class AccountBook
{
    private const int ChunkBytes = 1 << 20;
    private readonly List<AccountEntry> _accounts;
    private readonly AccountIdTable _ids;

    private AccountBook(int count)
    {
        _accounts = new List<AccountEntry>(count);
        _ids = new AccountIdTable(count);
    }

    public IReadOnlyList<AccountEntry> Accounts => _accounts;

    public int Count => _accounts.Count;

    /// <summary>Position of the account in <see cref="Accounts"/>, or -1 when the id is unknown (ids match exactly).</summary>
    public int IndexOf(string accountId) => _ids.IndexOf(accountId);

    /// <summary>Position of the account whose id is these UTF-8 bytes (already trimmed), or -1. Safe on several threads once read.</summary>
    public int IndexOf(ReadOnlySpan<byte> accountId) => accountId.Length == 0 ? -1 : _ids.IndexOf(accountId);

    /// <summary>The first half of a batched lookup of a non-empty id (see <see cref="AccountIdTable.Read"/>).</summary>
    internal AccountIdTable.PendingId Read(ReadOnlySpan<byte> accountId) => _ids.Read(accountId);

    /// <summary>The position of an id read with <see cref="Read"/>, or -1.</summary>
    internal int Resolve(in AccountIdTable.PendingId accountId) => _ids.Resolve(accountId);

    public AccountEntry? Find(string accountId) => IndexOf(accountId) is var index and >= 0 ? _accounts[index] : null;

    /// <param name="path">The accounts CSV.</param>
    /// <param name="zone">The policy time zone, for <c>createdon</c>-like values (R2).</param>
    /// <param name="warnings">Receives one line per value factor outside 0–10 (ignored, R10).</param>
    /// <param name="map">Headers to read the columns from (<c>--map</c>), if any.</param>
    public static AccountBook Read(string path, PolicyTimeZone zone, ICollection<string> warnings, ColumnMap.ForFile? map = null)
    {
        using var file = CsvFile.Open(path, map);
        return Read(file, zone, warnings);
    }

    /// <param name="file">The accounts: a CSV file or a table read from an org.</param>
    /// <param name="zone">The policy time zone, for <c>createdon</c>-like values (R2).</param>
    /// <param name="warnings">Receives one line per value factor outside 0–10 (ignored, R10).</param>
    public static AccountBook Read(IInputTable file, PolicyTimeZone zone, ICollection<string> warnings) =>
        Read(file, zone, warnings, ChunkBytes, ParallelRevenueFeed.Threads);

    /// <summary>With chunk size and thread count chosen (tests cut records everywhere with small chunks).</summary>
    internal static AccountBook Read(IInputTable file, PolicyTimeZone zone, ICollection<string> warnings, int chunkBytes, int threads)
    {
        file.Require(AccountColumns.AccountId);
        var parts = file is CsvFile { IsUtf8: true } csv
            ? ReadInChunks(csv, zone, chunkBytes, threads)
            : new[] { ReadRows(file, zone) };
        var count = parts.Sum(part => part.Accounts.Count);
        var book = new AccountBook(count);
        foreach (var part in parts)
        {
            foreach (var entry in part.Accounts) book.Add(entry, file.Label);
            foreach (var warning in part.Warnings) warnings.Add(warning);
            if (part.Error is not null) throw part.Error;
        }
        return book;
    }

    private static AccountRows ReadRows(IInputTable file, PolicyTimeZone zone)
    {
        var part = new AccountRows(0, new ConcurrentDictionary<ValueFactorScores, ValueFactorScores>());
        try
        {
            foreach (var row in file.Rows()) part.Read(file.Label, row, zone);
        }
        catch (UserMistakeException e)
        {
            part.Error = e;
        }
        return part;
    }

    private static AccountRows[] ReadInChunks(CsvFile file, PolicyTimeZone zone, int chunkBytes, int threads)
    {
        var chunks = file.Chunks(chunkBytes);
        var parts = new List<AccountRows>();
        var scores = new ConcurrentDictionary<ValueFactorScores, ValueFactorScores>();
        var tasks = Enumerable.Range(0, threads).Select(_ => Task.Run(() =>
        {
            var buffer = Array.Empty<byte>();
            var records = new CsvByteRecords();
            while (chunks.TryTake(ref buffer, out var length, out var line, out var last))
            {
                var part = new AccountRows(line, scores);
                records.Reset(buffer, length, line, last);
                try
                {
                    while (records.Next())
                    {
                        var row = file.RowOf(records);
                        if (!row.IsBlank) part.Read(file.Label, row, zone);
                    }
                }
                catch (CsvFormatException e)
                {
                    part.Error = new UserMistakeException(string.Format(CliMessages.MalformedCsv, file.Label, e.Message));
                }
                catch (UserMistakeException e)
                {
                    part.Error = e;
                }
                lock (parts) parts.Add(part);
            }
        })).ToArray();
        Task.WaitAll(tasks);
        // Chunks start on increasing lines: ordering by the first line restores the file's order.
        return parts.OrderBy(part => part.FirstLine).ToArray();
    }

    private void Add(AccountEntry entry, string file)
    {
        if (!_ids.Add(entry.Id, _accounts.Count))
        {
            throw new UserMistakeException(string.Format(CliMessages.AccountIdDuplicate, file, entry.Line, entry.Id));
        }
        _accounts.Add(entry);
    }

    /// <summary>One chunk's accounts, its warnings, and the error that ended it, if any.</summary>
    private sealed class AccountRows
    {
        private readonly ConcurrentDictionary<ValueFactorScores, ValueFactorScores> _scores;
        private AccountRowReader.Positions? _positions;

        /// <param name="scores">Shared by every chunk of the file, so equal scores are one record.</param>
        public AccountRows(int firstLine, ConcurrentDictionary<ValueFactorScores, ValueFactorScores> scores)
        {
            FirstLine = firstLine;
            _scores = scores;
        }

        public int FirstLine { get; }

        public List<AccountEntry> Accounts { get; } = new();

        public List<string> Warnings { get; } = new();

        public UserMistakeException? Error { get; set; }

        /// <summary>Reads one account row (the table's column positions found at its first row).</summary>
        public void Read(string label, CsvRow row, PolicyTimeZone zone)
        {
            _positions ??= AccountRowReader.PositionsIn(row);
            Accounts.Add(new AccountRowReader(label, row, zone, Warnings, _scores, _positions).Read());
        }
    }
}
