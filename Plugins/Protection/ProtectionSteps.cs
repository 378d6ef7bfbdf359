using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Registration;

namespace CrmTiering.Plugins.Protection;

/// <summary>
/// The steps that keep tier data SYSTEM's: the computed account columns (synchronous pre-operation at
/// rank 1, so it sees the caller's Target before AccountTierInputs at rank 2 adds computed columns of
/// its own; Update fires only for computed columns and its pre-image holds exactly those), account
/// Merge (drops computed columns from UpdateContent) and the history table.
/// </summary>
public static class ProtectionSteps
{
    /// <summary>The steps of <see cref="ProtectComputedTierColumns"/>.</summary>
    public static IReadOnlyList<StepRegistration> ComputedColumns { get; } = new[]
    {
        // Create has no filtering attributes and no pre-image on the platform.
        new StepRegistration(
            new Guid("5d0b3c52-3f4e-4c1b-9a57-0e6c2f9d8a11"),
            typeof(ProtectComputedTierColumns),
            SdkMessage.Create,
            AccountColumns.Table,
            PipelineStage.PreOperation,
            StepMode.Synchronous,
            rank: 1,
            description: "Rejects a user's values for the calculated tier columns on a new account."),
        new StepRegistration(
            new Guid("a7e24f90-6b1d-4d8e-b3c5-71f0e29c4b62"),
            typeof(ProtectComputedTierColumns),
            SdkMessage.Update,
            AccountColumns.Table,
            PipelineStage.PreOperation,
            StepMode.Synchronous,
            rank: 1,
            filteringAttributes: ComputedTierColumns.All,
            images: new[]
            {
                new ImageRegistration(
                    new Guid("c3f8a1d2-94b7-4e06-8f2a-5b6d7e8c9a03"),
                    ProtectComputedTierColumns.PreImageName,
                    ImageKind.PreImage,
                    StepImageNames.TargetProperty,
                    ComputedTierColumns.All.ToArray()),
            },
            description: "Rejects a user's change of a calculated tier column; drops unchanged values a form resends."),
    };

    /// <summary>The step of <see cref="DropComputedColumnsFromMerge"/>.</summary>
    public static IReadOnlyList<StepRegistration> Merge { get; } = new[]
    {
        new StepRegistration(
            new Guid("6c1f0d7e-2b8a-4f5e-9d3c-8a7b6e5f4d21"),
            typeof(DropComputedColumnsFromMerge),
            SdkMessage.Merge,
            AccountColumns.Table,
            PipelineStage.PreOperation,
            StepMode.Synchronous,
            rank: 1,
            description: "Drops calculated tier columns from a merge's values; the master is recalculated from its records."),
    };

    /// <summary>The steps of <see cref="ProtectTierHistory"/>.</summary>
    public static IReadOnlyList<StepRegistration> History { get; } = new[]
    {
        HistoryStep(new Guid("0e3b9c4a-7d2f-4a61-8b5e-3f9a1c7d2e64"), SdkMessage.Create),
        HistoryStep(new Guid("b41d8e27-5c93-4f0a-a6e2-9d7c3b1f8a05"), SdkMessage.Update),

        // No Delete step: deleting an account cascades to its history as the deleting user, and no shipped
        // role may delete history rows, so deletion is left to privileges (see Solution/README.md).
    };

    private static StepRegistration HistoryStep(Guid id, SdkMessage message, IReadOnlyList<string>? filter = null) =>
        new StepRegistration(
            id,
            typeof(ProtectTierHistory),
            message,
            TierChangeColumns.Table,
            PipelineStage.PreOperation,
            StepMode.Synchronous,
            rank: 1,
            filteringAttributes: filter,
            description: $"Rejects a {message} of tier history by anyone but SYSTEM (the follow-up link excepted).");
}
