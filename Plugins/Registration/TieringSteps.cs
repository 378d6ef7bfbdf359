using System.Collections.Generic;

namespace CrmTiering.Plugins.Registration;

/// <summary>
/// Every step the solution registers. The solution packer and the emulator both read this list:
/// it is the one source of truth for registrations.
/// </summary>
public static class TieringSteps
{
    public static IReadOnlyList<StepRegistration> All { get; } = new StepRegistration[0];
}
