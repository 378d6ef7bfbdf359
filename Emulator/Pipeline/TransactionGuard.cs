using System.ServiceModel;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>
/// The platform's rule for a failed service call inside a synchronous transaction ("Troubleshoot
/// plug-ins" &gt; "Transaction errors", learn.microsoft.com/power-apps/developer/data-platform/troubleshoot-plug-in):
/// once any call made in the transaction fails, the transaction is over. Every later call in it
/// fails with <see cref="PlatformErrorCodes.NoActiveTransaction"/>, and a synchronous plugin that
/// returns normally after swallowing the fault fails with
/// <see cref="PlatformErrorCodes.IsvReducedOpenTransactionCount"/>, so the operation rolls back.
/// Calls made outside a transaction (async jobs, top-level PreValidation) are never doomed.
/// Wraps the pipeline, so it sees every call, nested ones included.
/// </summary>
internal sealed class TransactionGuard : IRequestExecutor
{
    private readonly DataStore _store;
    private IRequestExecutor? _inner;
    private int _nesting;
    private bool _over;

    public TransactionGuard(DataStore store)
    {
        _store = store;
    }

    /// <summary>True when a call in the open transaction has failed.</summary>
    public bool IsOver => _over && _store.InTransaction;

    public IRequestExecutor Wrap(IRequestExecutor inner)
    {
        _inner = inner;
        return this;
    }

    public OrganizationResponse Execute(OrganizationRequest request, CallerContext caller)
    {
        var inTransaction = _store.InTransaction;
        if (!inTransaction)
        {
            // A call outside any transaction starts a fresh one: an earlier doomed transaction has ended.
            _over = false;
        }
        else if (_over)
        {
            throw PlatformFault.Create(PlatformErrorCodes.NoActiveTransaction, PlatformMessages.NoActiveTransaction);
        }

        _nesting++;
        try
        {
            return _inner!.Execute(request, caller);
        }
        catch (FaultException<OrganizationServiceFault>) when (inTransaction)
        {
            _over = true;
            throw;
        }
        finally
        {
            // Once the outermost call is done no transaction of it is left (a test's own store transaction never dooms).
            if (--_nesting == 0)
            {
                _over = false;
            }
        }
    }

    /// <summary>Called when a synchronous plugin returns: returning after a failed call fails the operation.</summary>
    public void RefuseSwallowedFault(PluginExecutionContext context, string traceText)
    {
        if (context.IsInTransaction && IsOver)
        {
            var fault = PlatformFault.Create(PlatformErrorCodes.IsvReducedOpenTransactionCount, PlatformMessages.IsvReducedOpenTransactionCount);
            fault.Detail.TraceText = traceText;
            throw fault;
        }
    }
}
