using System;
using System.Collections.Generic;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Registration;

namespace CrmTiering.Plugins.Recalculation;

/// <summary>
/// The steps of <see cref="RecordTierChange"/>: synchronous post-operation, so the history row is
/// written in the account's own transaction and rolls back with it.
/// </summary>
public static class TierChangeSteps
{
    /// <summary>What the history row needs from the account after the operation.</summary>
    public static IReadOnlyList<string> PostImageColumns { get; } = new[]
    {
        AccountColumns.Tier, AccountColumns.LastMovement, AccountColumns.EffectiveRevenue, AccountColumns.Reason,
        AccountColumns.CalculatedOn, AccountColumns.Currency,
    };

    public static IReadOnlyList<StepRegistration> All { get; } = new[]
    {
        new StepRegistration(
            new Guid("fa52f627-c098-49fc-b712-775fc7f8d86e"),
            typeof(RecordTierChange),
            SdkMessage.Create,
            AccountColumns.Table,
            PipelineStage.PostOperation,
            StepMode.Synchronous,
            images: new[]
            {
                new ImageRegistration(new Guid("d291f9af-b7b3-4226-a1b0-b5fb2ff9af69"), StepImageNames.PostImage, ImageKind.PostImage, StepImageNames.CreatedIdProperty, Columns(PostImageColumns)),
            },
            description: "Writes the Initial tier-change row of an account created with a tier."),
        new StepRegistration(
            new Guid("d96f6999-ce84-42ad-9a01-e1be2fb6f7a4"),
            typeof(RecordTierChange),
            SdkMessage.Update,
            AccountColumns.Table,
            PipelineStage.PostOperation,
            StepMode.Synchronous,
            filteringAttributes: new[] { AccountColumns.Tier },
            images: new[]
            {
                new ImageRegistration(new Guid("eea317ec-b06e-46c2-bdb4-2fbec0627fb7"), StepImageNames.PreImage, ImageKind.PreImage, StepImageNames.TargetProperty, AccountColumns.Tier),
                new ImageRegistration(new Guid("80dc3c90-c4ed-4b15-b608-d244270d1502"), StepImageNames.PostImage, ImageKind.PostImage, StepImageNames.TargetProperty, Columns(PostImageColumns)),
            },
            description: "Writes a tier-change row when an account's tier changes, in the same transaction."),
    };

    private static string[] Columns(IReadOnlyList<string> columns)
    {
        var copy = new string[columns.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = columns[i];
        }

        return copy;
    }
}
