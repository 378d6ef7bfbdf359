using System.Collections.Generic;
using System.Linq;
using CrmTiering.Plugins.AccountInputs;
using CrmTiering.Plugins.PolicyValidation;
using CrmTiering.Plugins.Protection;
using CrmTiering.Plugins.Recalculation;

namespace CrmTiering.Plugins.Registration;

/// <summary>
/// Every step the solution registers. The solution packer and the emulator both read these lists:
/// they are the one source of truth for registrations. Each plug-in declares its steps beside itself.
/// </summary>
public static class TieringSteps
{
    /// <summary>What every zip ships (and every emulated org installs).</summary>
    public static IReadOnlyList<StepRegistration> Shipped { get; } = new[]
    {
        RecalculationSteps.All,
        TierChangeSteps.All,
        ProtectionSteps.All,
        AccountInputSteps.All,
        PolicyValidationSteps.All,
    }.SelectMany(steps => steps).ToArray();

    /// <summary>
    /// Shipped plus the Win and Lose steps, which a zip carries only when the build is given their
    /// message ids (see <see cref="RecalculationSteps.WinAndLose"/>).
    /// </summary>
    public static IReadOnlyList<StepRegistration> All { get; } = Shipped.Concat(RecalculationSteps.WinAndLose).ToArray();
}
