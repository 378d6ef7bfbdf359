using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Registration;

namespace CrmTiering.Plugins.Protection;

/// <summary>
/// The steps of <see cref="ProtectComputedTierColumns"/>: synchronous pre-operation at rank 1, so it
/// sees the caller's Target before AccountTierInputs (rank 2) adds computed columns of its own.
/// The Update step fires only for computed columns and its pre-image holds exactly those.
/// </summary>
public static class ProtectionSteps
{
    public static IReadOnlyList<StepRegistration> All { get; } = new[]
    {
        // Create has no filtering attributes and no pre-image on the platform.
        new StepRegistration(
            new Guid("5d0b3c52-3f4e-4c1b-9a57-0e6c2f9d8a11"),
            typeof(ProtectComputedTierColumns),
            "Create",
            AccountColumns.Table,
            PipelineStage.PreOperation,
            StepMode.Synchronous,
            rank: 1,
            description: "Rejects a user's values for the calculated tier columns on a new account."),
        new StepRegistration(
            new Guid("a7e24f90-6b1d-4d8e-b3c5-71f0e29c4b62"),
            typeof(ProtectComputedTierColumns),
            "Update",
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
}
