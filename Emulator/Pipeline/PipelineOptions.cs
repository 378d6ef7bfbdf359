using System;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>How the event pipeline behaves where the platform is configurable or unclear.</summary>
public sealed class PipelineOptions
{
    /// <summary>The platform's default maximum depth: an operation deeper than this within <see cref="DepthWindow"/> fails as an infinite loop.</summary>
    public int MaxDepth { get; init; } = 8;

    /// <summary>The platform's default time limit for the depth rule (one hour).</summary>
    public TimeSpan DepthWindow { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Whether Win and Lose also run the opportunity's Update steps (their state change as an
    /// Update). Undocumented on the platform, so tests run both ways; default off.
    /// </summary>
    public bool WinLoseFireUpdateSteps { get; init; }

    /// <summary>Safety cap on jobs one drain runs (async jobs that keep queueing jobs would otherwise never end).</summary>
    public int DrainCap { get; init; } = 100_000;
}
