namespace CrmTiering.Emulator.Pipeline;

/// <summary>Error codes of the faults the pipeline raises.</summary>
public static class PipelineErrorCodes
{
    /// <summary>0x80040265 "ISV code aborted the operation.": a plugin threw InvalidPluginExecutionException (documented in "Troubleshoot plug-ins").</summary>
    public const int IsvAborted = -2147220891;

    /// <summary>0x80040224 "An unexpected error occurred from ISV code.": a plugin threw any other exception (same page).</summary>
    public const int IsvUnexpected = -2147220956;

    /// <summary>
    /// The depth (infinite loop) rule. The platform names it SdkCorrelationTokenDepthTooHigh; its
    /// number was not found in the sources available here (UNVERIFIED) — assert on the message.
    /// </summary>
    public const int InfiniteLoop = -2147180286;

    /// <summary>An Update that sets an opportunity to Won or Lost. UNVERIFIED number: the platform's text is known, its code is not; treated as an invalid argument.</summary>
    public const int StateChangeNeedsCloseMessage = -2147220989;
}
