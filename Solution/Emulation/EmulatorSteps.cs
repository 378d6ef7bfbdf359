using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator;
using CrmTiering.Emulator.Pipeline;
using CrmTiering.Plugins.Registration;

namespace CrmTiering.Solution.Emulation;

/// <summary>
/// Maps the product's typed step declarations (<see cref="StepRegistration"/>) onto the emulator's
/// step model; <see cref="InstalledSolution"/> registers every step of TieringSteps.Shipped through it.
/// </summary>
public static class EmulatorSteps
{
    public static PluginStep ToEmulator(StepRegistration registration) => ToEmulator(registration, registration.PluginType);

    /// <summary>The same registration handled by another plug-in type (the benchmark's naive comparison).</summary>
    public static PluginStep ToEmulator(StepRegistration registration, Type handler) =>
        new PluginStep(registration.Message, registration.PrimaryEntity, Stage(registration.Stage), Mode(registration.Mode), handler)
        {
            Id = registration.Id,
            Rank = registration.Rank,
            FilteringAttributes = registration.FilteringAttributes.ToArray(),
            Images = registration.Images.Select(image => new StepImage(image.Name, Timing(image.Kind), image.Columns.ToArray())).ToArray(),
            RunAsSystem = registration.RunAsSystem,
        };

    private static StepStage Stage(PipelineStage stage) => stage switch
    {
        PipelineStage.PreValidation => StepStage.PreValidation,
        PipelineStage.PreOperation => StepStage.PreOperation,
        PipelineStage.PostOperation => StepStage.PostOperation,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "No emulator stage for this pipeline stage."),
    };

    private static ExecutionMode Mode(StepMode mode) => mode switch
    {
        StepMode.Synchronous => ExecutionMode.Synchronous,
        StepMode.Asynchronous => ExecutionMode.Asynchronous,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "No emulator mode for this step mode."),
    };

    private static ImageTiming Timing(ImageKind kind) => kind switch
    {
        ImageKind.PreImage => ImageTiming.Pre,
        ImageKind.PostImage => ImageTiming.Post,
        ImageKind.Both => ImageTiming.Both,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No emulator image timing for this image kind."),
    };
}
