using System;
using System.ServiceModel;
using CrmTiering.Emulator.Faults;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>
/// How a plugin's failure reaches the caller: a platform fault passes through unchanged; an
/// InvalidPluginExecutionException keeps its message (code "ISV code aborted", or the code the
/// plugin gave); anything else is an unexpected ISV error.
/// </summary>
internal static class PluginFaults
{
    /// <summary>HResult of an exception nobody gave a code (COR_E_EXCEPTION).</summary>
    private const int UnsetHResult = unchecked((int)0x80131500);

    public static FaultException<OrganizationServiceFault> From(Exception exception, string traceText)
    {
        FaultException<OrganizationServiceFault> fault;
        switch (exception)
        {
            case FaultException<OrganizationServiceFault> platform:
                return platform;
            case InvalidPluginExecutionException aborted:
                var code = aborted.ErrorCode == UnsetHResult || aborted.ErrorCode == 0 ? PipelineErrorCodes.IsvAborted : aborted.ErrorCode;
                fault = PlatformFault.Create(code, aborted.Message);
                break;
            default:
                fault = PlatformFault.Create(
                    PipelineErrorCodes.IsvUnexpected,
                    PlatformFault.Format(PipelineMessages.UnexpectedPluginError, exception.GetType().FullName ?? "Exception", exception.Message));
                break;
        }

        fault.Detail.TraceText = traceText;
        return fault;
    }

    public static FaultException<OrganizationServiceFault> InfiniteLoop() =>
        PlatformFault.Create(PipelineErrorCodes.InfiniteLoop, PipelineMessages.InfiniteLoop);
}
