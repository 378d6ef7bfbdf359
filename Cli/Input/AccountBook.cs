using System;
using System.Collections.Generic;
using CrmTiering.Cli.Csv;
using CrmTiering.Core.Time;

namespace CrmTiering.Cli.Input;

/// <summary>
/// The accounts of a run, in file order, found by id. Accounts are the one input held in memory;
/// opportunities and invoices stream past them. A malformed account row stops the run (exit 2):
/// every other row hangs off the accounts, so guessing would move revenue silently.
/// </summary>
public sealed class AccountBook
{
    private readonly List<AccountEntry> _accounts = new();
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    // Taken once here, not lazily on first use: the parallel readers look ids up on several threads at once.
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byChars;

    private AccountBook()
    {
        _byChars = _index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyList<AccountEntry> Accounts => _accounts;

    public int Count => _accounts.Count;

    /// <summary>Position of the account in <see cref="Accounts"/>, or -1 when the id is unknown (ids match exactly).</summary>
    public int IndexOf(string accountId) => _index.TryGetValue(accountId, out var index) ? index : -1;

    /// <summary>Position of the account whose id is these UTF-8 bytes (already trimmed), or -1. Safe on several threads once read.</summary>
    public int IndexOf(ReadOnlySpan<byte> accountId)
    {
        if (accountId.Length == 0) return -1;
        Span<char> chars = accountId.Length <= 256 ? stackalloc char[accountId.Length] : new char[accountId.Length];
        var length = System.Text.Encoding.UTF8.GetChars(accountId, chars);
        return _byChars.TryGetValue(chars[..length], out var index) ? index : -1;
    }

    public AccountEntry? Find(string accountId) => _index.TryGetValue(accountId, out var index) ? _accounts[index] : null;

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
    public static AccountBook Read(IInputTable file, PolicyTimeZone zone, ICollection<string> warnings)
    {
        file.Require(AccountColumns.AccountId);
        var book = new AccountBook();
        foreach (var row in file.Rows())
        {
            book.Add(new AccountRowReader(file.Label, row, zone, warnings).Read(), file.Label);
        }
        return book;
    }

    private void Add(AccountEntry entry, string file)
    {
        if (_index.ContainsKey(entry.Id))
        {
            throw new UserMistakeException(string.Format(CliMessages.AccountIdDuplicate, file, entry.Line, entry.Id));
        }
        _index.Add(entry.Id, _accounts.Count);
        _accounts.Add(entry);
    }
}
