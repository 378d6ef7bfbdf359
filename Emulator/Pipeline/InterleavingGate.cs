using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>
/// During an interleaved drain, pauses the running job before each of its own service calls (before
/// the call is logged) so the schedule can pick who goes next. Only calls made outside any other
/// call pause: as the outermost executor it knows when a call is nested, so a call and the whole
/// synchronous pipeline it causes run without a switch.
/// </summary>
internal sealed class InterleavingGate : IRequestExecutor
{
    private IRequestExecutor? _inner;
    private int _nesting;

    /// <summary>The job allowed to run now (null outside an interleaved drain).</summary>
    public JobCoroutine? Running { get; set; }

    public IRequestExecutor Wrap(IRequestExecutor inner)
    {
        _inner = inner;
        return this;
    }

    /// <summary>Every service call comes here first (see <see cref="EmulatedOrganization.BeforeServiceCall"/>).</summary>
    public void BeforeCall(OrganizationRequest request)
    {
        if (_nesting == 0 && Running is { } job && job.IsCurrentThread)
        {
            job.PauseBefore(request);
        }
    }

    public OrganizationResponse Execute(OrganizationRequest request, CallerContext caller)
    {
        _nesting++;
        try
        {
            return _inner!.Execute(request, caller);
        }
        finally
        {
            _nesting--;
        }
    }
}
