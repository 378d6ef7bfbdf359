using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Registration;

namespace CrmTiering.Plugins.AccountInputs;

/// <summary>
/// The steps of <see cref="AccountTierInputs"/>: synchronous pre-operation at rank 2, after the
/// protection step, so its own tier columns are saved with the user's change in one operation.
/// </summary>
public static class AccountInputSteps
{
    /// <summary>The inputs a user edits, and the client's own revenue (share of wallet, R16).</summary>
    public static IReadOnlyList<string> UpdateFilter { get; } =
        TierInputColumns.All.Concat(new[] { AccountColumns.ClientRevenue }).ToArray();

    public static IReadOnlyList<StepRegistration> All { get; } = new[]
    {
        new StepRegistration(
            new Guid("e1b5c7a9-2d4f-4a3e-8c61-9f0b3d5e7a24"),
            typeof(AccountTierInputs),
            SdkMessage.Create,
            AccountColumns.Table,
            PipelineStage.PreOperation,
            StepMode.Synchronous,
            rank: 2,
            description: "Gives a new account its onboarding tier from expected revenue and value factors."),
        new StepRegistration(
            new Guid("7f3a9d1c-5e2b-4b8f-a046-2c8e1f6d9b35"),
            typeof(AccountTierInputs),
            SdkMessage.Update,
            AccountColumns.Table,
            PipelineStage.PreOperation,
            StepMode.Synchronous,
            rank: 2,
            filteringAttributes: UpdateFilter,
            images: new[]
            {
                new ImageRegistration(
                    new Guid("4b2e8f6a-1c9d-4e7b-9a35-d0f2c4e6a846"),
                    AccountTierInputs.PreImageName,
                    ImageKind.PreImage,
                    StepImageNames.TargetProperty,
                    PreImageColumns.All.ToArray()),
            },
            description: "Re-derives bump, override, quadrant and share of wallet when a user edits the tier inputs; requests a recalculation when expected revenue changes."),
    };
}
