using System;

namespace CrmTiering.Emulator.Store;

/// <summary>
/// An open transaction on the store: <see cref="Commit"/> keeps its writes, <see cref="Rollback"/>
/// (or Dispose without commit) restores every row it touched to what it was when it began.
/// </summary>
public sealed class StoreTransaction : IDisposable
{
    private readonly DataStore store;
    private bool ended;

    internal StoreTransaction(DataStore store, int savepoint)
    {
        this.store = store;
        Savepoint = savepoint;
    }

    internal int Savepoint { get; }

    public void Commit() => End(commit: true);

    public void Rollback() => End(commit: false);

    public void Dispose()
    {
        if (!ended)
        {
            End(commit: false);
        }
    }

    private void End(bool commit)
    {
        if (ended)
        {
            throw new InvalidOperationException("The transaction has already ended.");
        }

        ended = true;
        store.End(this, commit);
    }
}
