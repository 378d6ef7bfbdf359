using System.Collections.Generic;
using System.Linq;
using CrmTiering.Plugins.AccountInputs;
using CrmTiering.Plugins.PolicyValidation;
using CrmTiering.Plugins.Protection;
using CrmTiering.Plugins.Recalculation;

namespace CrmTiering.Plugins.Registration;

/// <summary>
/// Every step the solution registers. The solution packer and the emulator both read this list:
/// it is the one source of truth for registrations. Each plug-in declares its steps beside itself.
/// </summary>
public static class TieringSteps
{
    public static IReadOnlyList<StepRegistration> All { get; } = new[]
    {
        RecalculationSteps.All,
        TierChangeSteps.All,
        ProtectionSteps.All,
        AccountInputSteps.All,
        PolicyValidationSteps.All,
    }.SelectMany(steps => steps).ToArray();
}
