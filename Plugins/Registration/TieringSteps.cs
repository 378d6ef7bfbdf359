using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Plugins.Recalculation;

namespace CrmTiering.Plugins.Registration;

/// <summary>
/// Every step the solution registers, collected from the plug-ins' own declarations
/// (<see cref="PluginBase.Steps"/>): no hand-kept list. The solution packer and the emulator both
/// read it, so what ships is what is tested.
/// </summary>
public static class TieringSteps
{
    /// <summary>The public plug-in types of the deployable, by full name.</summary>
    public static IReadOnlyList<Type> PluginTypes { get; } = typeof(PluginBase).Assembly.GetTypes()
        .Where(type => type.IsPublic && !type.IsAbstract && typeof(PluginBase).IsAssignableFrom(type))
        .OrderBy(type => type.FullName, StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// Every declared step, Win and Lose included: a zip carries those two only when the build is given
    /// their message ids (see <see cref="RecalculationSteps.WinAndLose"/>).
    /// </summary>
    public static IReadOnlyList<StepRegistration> All { get; } = PluginTypes
        .SelectMany(type => ((PluginBase)Activator.CreateInstance(type)!).Steps)
        .ToArray();

    /// <summary>What every zip ships (and every emulated org installs).</summary>
    public static IReadOnlyList<StepRegistration> Shipped { get; } = All.Where(step => !RecalculationSteps.WinAndLose.Contains(step)).ToArray();
}
