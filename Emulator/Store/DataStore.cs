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
    private readonly Dictionary<string, Table> tables = new(StringComparer.Ordinal);
    private readonly List<UndoEntry> undoLog = new();
    private readonly Stack<StoreTransaction> open = new();
    private long lastVersion;

    /// <summary>The table, created empty on first use (the platform has every table; the emulator makes them lazily).</summary>
    public Table TableFor(string logicalName)
    {
        if (!tables.TryGetValue(logicalName, out var table))
        {
            table = new Table(logicalName);
            tables[logicalName] = table;
        }

        return table;
    }

    public IEnumerable<Table> Tables => tables.Values;

    /// <summary>True while at least one transaction is open (writes are being recorded for rollback).</summary>
    public bool InTransaction => open.Count > 0;

    /// <summary>
    /// Opens a transaction (nested ones are savepoints). Dispose without <see cref="StoreTransaction.Commit"/>
    /// rolls back every write made since it began, including writes of nested operations.
    /// Transactions must end in the reverse order they began.
    /// </summary>
    public StoreTransaction BeginTransaction()
    {
        var transaction = new StoreTransaction(this, undoLog.Count);
        open.Push(transaction);
        return transaction;
    }

    internal StoredRow? Find(string table, Guid id) =>
        tables.TryGetValue(table, out var rows) ? rows.Find(id) : null;

    internal long NextVersion() => ++lastVersion;

    internal void Insert(StoredRow row) => Record(row.Table, row.Id, TableFor(row.Table).Put(row));

    internal void Replace(StoredRow row) => Record(row.Table, row.Id, TableFor(row.Table).Put(row));

    internal void Delete(string table, Guid id) => Record(table, id, TableFor(table).Remove(id));

    internal void End(StoreTransaction transaction, bool commit)
    {
        if (open.Count == 0 || !ReferenceEquals(open.Peek(), transaction))
        {
            throw new InvalidOperationException("Transactions must end in the reverse order they began.");
        }

        open.Pop();
        if (!commit)
        {
            for (var i = undoLog.Count - 1; i >= transaction.Savepoint; i--)
            {
                var entry = undoLog[i];
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

            undoLog.RemoveRange(transaction.Savepoint, undoLog.Count - transaction.Savepoint);
        }

        if (open.Count == 0)
        {
            undoLog.Clear();
        }
    }

    private void Record(string table, Guid id, StoredRow? previous)
    {
        if (open.Count > 0)
        {
            undoLog.Add(new UndoEntry(table, id, previous));
        }
    }

    private readonly record struct UndoEntry(string Table, Guid Id, StoredRow? Previous);
}
