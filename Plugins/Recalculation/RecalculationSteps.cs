using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Registration;

namespace CrmTiering.Plugins.Recalculation;

/// <summary>
/// The steps of <see cref="RecalculateAccountTier"/> (DESIGN "Platform design"). Revenue events run
/// asynchronously after the operation (no user waits, no transaction to hold); images carry only
/// the lookups that name the account. Ids are pinned so a re-import updates the steps.
/// </summary>
public static class RecalculationSteps
{
    /// <summary>Opportunity columns whose change can move revenue or its owner (R4–R6).</summary>
    public static IReadOnlyList<string> OpportunityFilter { get; } = new[]
    {
        OpportunityColumns.State, OpportunityColumns.Status, OpportunityColumns.ActualValue, OpportunityColumns.EstimatedValue,
        OpportunityColumns.CloseProbability, OpportunityColumns.EstimatedCloseDate, OpportunityColumns.ActualCloseDate,
        OpportunityColumns.ParentAccount, OpportunityColumns.Customer, OpportunityColumns.Currency,
    };

    /// <summary>Invoice columns whose change can move paid revenue or its owner (R4, R5).</summary>
    public static IReadOnlyList<string> InvoiceFilter { get; } = new[]
    {
        InvoiceColumns.State, InvoiceColumns.TotalAmount, InvoiceColumns.TotalAmountLessFreight, InvoiceColumns.Customer,
        InvoiceColumns.DateDelivered, InvoiceColumns.Currency,
    };

    private static readonly string[] OpportunityOwner = { OpportunityColumns.ParentAccount, OpportunityColumns.Customer };
    private static readonly string[] InvoiceOwner = { InvoiceColumns.Customer };

    public static IReadOnlyList<StepRegistration> All { get; } = new[]
    {
        Async(new Guid("891f197e-71d8-4249-9bd9-9065dac0e663"), SdkMessage.Create, OpportunityColumns.Table, null,
            Post(new Guid("03f6a19c-67bb-4b50-b57d-bd6dac87c9e9"), StepImageNames.CreatedIdProperty, OpportunityOwner)),
        Async(new Guid("4f52c994-ad13-47ec-a9b7-2595dd9c8976"), SdkMessage.Update, OpportunityColumns.Table, OpportunityFilter,
            Pre(new Guid("0f359982-2672-4e32-a81e-c1aab5dd11bc"), OpportunityOwner),
            Post(new Guid("686944f0-c9bf-4f0b-acd1-3d37107821a3"), StepImageNames.TargetProperty, OpportunityOwner)),
        Async(new Guid("0cb5abb4-8a0d-4c38-be36-6414c6149f48"), SdkMessage.Delete, OpportunityColumns.Table, null,
            Pre(new Guid("dafd4487-f4c8-4da2-b593-36456db2b394"), OpportunityOwner)),

        // Win and Lose create an opportunityclose activity; its Create is an event whose message id is
        // known, so this step ships in every zip. The post-image names the opportunity.
        Async(new Guid("7e4c2a91-5d3b-4f8e-a016-b9c3d2e7f405"), SdkMessage.Create, OpportunityColumns.CloseActivityTable, null,
            Post(new Guid("c58e1f3a-9b27-4d6c-8e04-a3f9b1d7c262"), StepImageNames.CreatedIdProperty, new[] { OpportunityColumns.CloseActivityOpportunity })),

        Async(new Guid("989b364c-7497-461b-b4c6-93ca060bf385"), SdkMessage.Create, InvoiceColumns.Table, null,
            Post(new Guid("1b1a8564-2139-4d12-8a2e-6304d0ef8255"), StepImageNames.CreatedIdProperty, InvoiceOwner)),
        Async(new Guid("ec3cda76-c63f-4ecd-88dd-ed35f2d85113"), SdkMessage.Update, InvoiceColumns.Table, InvoiceFilter,
            Pre(new Guid("df5e6946-6424-4a80-a806-6ae28a670f7e"), InvoiceOwner),
            Post(new Guid("b2e535c9-818c-4bd3-ac5f-94822c428baf"), StepImageNames.TargetProperty, InvoiceOwner)),
        Async(new Guid("b6bea183-fe72-48e5-8ead-b981b50f4b0c"), SdkMessage.Delete, InvoiceColumns.Table, null,
            Pre(new Guid("f979a64e-6c83-4d8a-92ae-8288c1b58451"), InvoiceOwner)),

        // Merge moves the subordinate's opportunities and invoices to the master (Target).
        Async(new Guid("a1b3fc06-7ae3-48df-99f2-f05d5b944952"), SdkMessage.Merge, AccountColumns.Table, null),

        // The review (and an expected-revenue edit) stamps ctier_recalcrequestedon; recalculating in the
        // same transaction lets the user see the result when the save returns.
        new StepRegistration(
            new Guid("759f04d5-bfd6-4a13-a7fd-39d85606428a"),
            typeof(RecalculateAccountTier),
            SdkMessage.Update,
            AccountColumns.Table,
            PipelineStage.PostOperation,
            StepMode.Synchronous,
            filteringAttributes: new[] { AccountColumns.RecalculationRequestedOn },
            description: "Recalculates the account's tier when a review or an expected-revenue change requests it."),
    };

    /// <summary>The step of <see cref="RecalculateQueuedAccount"/>.</summary>
    public static IReadOnlyList<StepRegistration> Queued { get; } = new[]
    {
        // An account queued by a synchronous path (too large for one transaction) or by an admin.
        new StepRegistration(
            new Guid("2f9d6b83-1a4e-4c7b-9e52-d8a0c3f6b719"),
            typeof(RecalculateQueuedAccount),
            SdkMessage.Create,
            TierRecalculationColumns.Table,
            PipelineStage.PostOperation,
            StepMode.Asynchronous,
            images: new[]
            {
                Post(new Guid("9a3e7c15-4b8d-4f2a-b6e1-0d5c8f2a7e93"), StepImageNames.CreatedIdProperty, new[] { TierRecalculationColumns.Account, TierRecalculationColumns.BackfillFrom }),
            },
            description: "Recalculates a queued account outside any transaction, then deletes the queued row."),
    };

    /// <summary>
    /// Win and Lose themselves, for an organisation whose message ids the build is given
    /// (-p:CrmTieringSdkMessageIds): no export or doc names their ids, so the default zips leave them out
    /// and the opportunityclose Create step covers won and lost deals.
    /// </summary>
    public static IReadOnlyList<StepRegistration> WinAndLose { get; } = new[]
    {
        // Win and Lose allow no images: the plug-in finds the account from OpportunityClose's opportunity.
        Async(new Guid("51cbfb6a-1526-4be7-be90-99cf3ba290b5"), SdkMessage.Win, OpportunityColumns.Table, null),
        Async(new Guid("3979d9c8-53f4-4604-bae9-6601c1535408"), SdkMessage.Lose, OpportunityColumns.Table, null),
    };

    /// <summary>Every step the plug-in may be called for: the shipped ones and, where an org ships them, Win and Lose.</summary>
    public static IReadOnlyList<StepRegistration> Declared { get; } = All.Concat(WinAndLose).ToArray();

    private static StepRegistration Async(Guid id, SdkMessage message, string table, IReadOnlyList<string>? filter, params ImageRegistration[] images) =>
        new StepRegistration(
            id,
            typeof(RecalculateAccountTier),
            message,
            table,
            PipelineStage.PostOperation,
            StepMode.Asynchronous,
            filteringAttributes: filter,
            images: images,
            description: $"Recalculates the tier of the account(s) a {message} of {table} touches.");

    private static ImageRegistration Pre(Guid id, string[] columns) =>
        new ImageRegistration(id, StepImageNames.PreImage, ImageKind.PreImage, StepImageNames.TargetProperty, columns);

    private static ImageRegistration Post(Guid id, string property, string[] columns) =>
        new ImageRegistration(id, StepImageNames.PostImage, ImageKind.PostImage, property, columns);
}
