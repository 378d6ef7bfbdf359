using System;
using System.Collections.Generic;

namespace CrmTiering.Emulator.Store;

/// <summary>
/// Every table of the organisation, the RowVersion counter and the undo log behind transactions.
/// Writes go through <see cref="Insert"/>, <see cref="Replace"/> and <see cref="Delete"/> so that,
/// while a transaction is open, each one can be undone.
/// </summary>
public sealed class DataStore
{
    private readonly Dictionary<string, Table> _tables = new(StringComparer.Ordinal);
    private readonly List<UndoEntry> _undoLog = new();
    private readonly Stack<StoreTransaction> _open = new();
    private long _lastVersion;

    /// <summary>The table, created empty on first use (the platform has every table; the emulator makes them lazily).</summary>
    public Table TableFor(string logicalName)
    {
        if (!_tables.TryGetValue(logicalName, out var table))
        {
            table = new Table(logicalName);
            _tables[logicalName] = table;
        }

        return table;
    }

    public IEnumerable<Table> Tables => _tables.Values;

    /// <summary>True while at least one transaction is open (writes are being recorded for rollback).</summary>
    public bool InTransaction => _open.Count > 0;

    /// <summary>
    /// Opens a transaction (nested ones are savepoints). Dispose without <see cref="StoreTransaction.Commit"/>
    /// rolls back every write made since it began, including writes of nested operations.
    /// Transactions must end in the reverse order they began.
    /// </summary>
    public StoreTransaction BeginTransaction()
    {
        var transaction = new StoreTransaction(this, _undoLog.Count);
        _open.Push(transaction);
        return transaction;
    }

    internal StoredRow? Find(string table, Guid id) =>
        _tables.TryGetValue(table, out var rows) ? rows.Find(id) : null;

    internal long NextVersion() => ++_lastVersion;

    internal void Insert(StoredRow row) => Record(row.Table, row.Id, TableFor(row.Table).Put(row));

    internal void Replace(StoredRow row) => Record(row.Table, row.Id, TableFor(row.Table).Put(row));

    internal void Delete(string table, Guid id) => Record(table, id, TableFor(table).Remove(id));

    internal void End(StoreTransaction transaction, bool commit)
    {
        if (_open.Count == 0 || !ReferenceEquals(_open.Peek(), transaction))
        {
            throw new InvalidOperationException("Transactions must end in the reverse order they began.");
        }

        _open.Pop();
        if (!commit)
        {
            for (var i = _undoLog.Count - 1; i >= transaction.Savepoint; i--)
            {
                var entry = _undoLog[i];
                var table = TableFor(entry.Table);
                if (entry.Previous is null)
                {
                    table.Remove(entry.Id);
                }
                else
                {
                    table.Put(entry.Previous);
                }
            }

            _undoLog.RemoveRange(transaction.Savepoint, _undoLog.Count - transaction.Savepoint);
        }

        if (_open.Count == 0)
        {
            _undoLog.Clear();
        }
    }

    private void Record(string table, Guid id, StoredRow? previous)
    {
        if (_open.Count > 0)
        {
            _undoLog.Add(new UndoEntry(table, id, previous));
        }
    }

    private readonly record struct UndoEntry(string Table, Guid Id, StoredRow? Previous);
}
