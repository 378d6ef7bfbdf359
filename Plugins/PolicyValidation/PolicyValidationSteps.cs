using System;
using System.Collections.Generic;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Registration;

namespace CrmTiering.Plugins.PolicyValidation;

/// <summary>
/// The steps of <see cref="ValidateTierPolicy"/>: synchronous pre-operation, so an invalid policy is
/// refused before it is stored. Updates fire only when the JSON itself changes.
/// </summary>
public static class PolicyValidationSteps
{
    public static IReadOnlyList<StepRegistration> All { get; } = new[]
    {
        new StepRegistration(
            new Guid("2c9e4a7b-8d1f-4e5a-b6c3-0a9f8e7d6c51"),
            typeof(ValidateTierPolicy),
            SdkMessage.Create,
            EnvironmentVariableColumns.ValueTable,
            PipelineStage.PreOperation,
            StepMode.Synchronous,
            description: "Refuses an invalid current value of the tier policy."),
        new StepRegistration(
            new Guid("9a1d3f5b-7c2e-4b8a-8e6d-1f4a2c6b8d72"),
            typeof(ValidateTierPolicy),
            SdkMessage.Update,
            EnvironmentVariableColumns.ValueTable,
            PipelineStage.PreOperation,
            StepMode.Synchronous,
            filteringAttributes: new[] { EnvironmentVariableColumns.Value },
            images: new[]
            {
                new ImageRegistration(
                    new Guid("6e8b0d2f-4a1c-4f9e-a7b3-5c2d9e1f0a83"),
                    ValidateTierPolicy.ValueImageName,
                    ImageKind.PreImage,
                    StepImageNames.TargetProperty,
                    EnvironmentVariableColumns.DefinitionId),
            },
            description: "Refuses an invalid change of the tier policy's current value."),
        new StepRegistration(
            new Guid("d4f6b8a0-3e5c-4d7b-9f1a-8b0c2e4d6f94"),
            typeof(ValidateTierPolicy),
            SdkMessage.Update,
            EnvironmentVariableColumns.DefinitionTable,
            PipelineStage.PreOperation,
            StepMode.Synchronous,
            filteringAttributes: new[] { EnvironmentVariableColumns.DefaultValue },
            images: new[]
            {
                new ImageRegistration(
                    new Guid("b8d0f2a4-6c3e-4a5f-8d7b-2e9c1a3f5b05"),
                    ValidateTierPolicy.DefinitionImageName,
                    ImageKind.PreImage,
                    StepImageNames.TargetProperty,
                    EnvironmentVariableColumns.SchemaName),
            },
            description: "Refuses an invalid change of the tier policy's default value."),
    };
}
