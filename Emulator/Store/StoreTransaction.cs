using System;

namespace CrmTiering.Emulator.Store;

/// <summary>
/// An open transaction on the store: <see cref="Commit"/> keeps its writes, <see cref="Rollback"/>
/// (or Dispose without commit) restores every row it touched to what it was when it began.
/// </summary>
public sealed class StoreTransaction : IDisposable
{
    private readonly DataStore _store;
    private bool _ended;

    internal StoreTransaction(DataStore store, int savepoint)
    {
        _store = store;
        Savepoint = savepoint;
    }

    internal int Savepoint { get; }

    public void Commit() => End(commit: true);

    public void Rollback() => End(commit: false);

    public void Dispose()
    {
        if (!_ended)
        {
            End(commit: false);
        }
    }

    private void End(bool commit)
    {
        if (_ended)
        {
            throw new InvalidOperationException("The transaction has already ended.");
        }

        _ended = true;
        _store.End(this, commit);
    }
}
