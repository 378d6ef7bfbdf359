using System;
using System.Activities;
using System.Linq;
using System.ServiceModel;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Review;
using CrmTiering.Core.Time;
using CrmTiering.Plugins.Data;
using CrmTiering.Workflows.Data;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmTiering.Workflows;

/// <summary>
/// The quarterly review of one account: stamps <c>ctier_recalcrequestedon</c> and
/// <c>ctier_lastreviewedon</c>, which makes the synchronous SYSTEM recalculation step run inside
/// this update (it also stores R17's <c>ctier_nextcontactdue</c>: a computed column, which only SYSTEM
/// writes), then reports R17's flags from the tiers the account now stores. Everything here runs as
/// the process's user: in a workflow activity CreateOrganizationService(null) is not SYSTEM.
/// </summary>
public sealed class ReviewAccountTier : WorkflowActivityBase
{
    [RequiredArgument]
    [Input("Account")]
    [ReferenceTarget(AccountColumns.Table)]
    public InArgument<EntityReference> Account { get; set; } = new InArgument<EntityReference>();

    [Output("Below peak")]
    public OutArgument<bool> BelowPeak { get; set; } = new OutArgument<bool>();

    [Output("Below onboarding tier")]
    public OutArgument<bool> BelowOnboarding { get; set; } = new OutArgument<bool>();

    [Output("Above onboarding tier")]
    public OutArgument<bool> AboveOnboarding { get; set; } = new OutArgument<bool>();

    [Output("Contact due")]
    public OutArgument<bool> ContactDue { get; set; } = new OutArgument<bool>();

    [Output("Tier")]
    [AttributeTarget(AccountColumns.Table, AccountColumns.Tier)]
    public OutArgument<OptionSetValue> Tier { get; set; } = new OutArgument<OptionSetValue>();

    protected override void ExecuteCore(LocalWorkflowContext context)
    {
        var activity = context.ActivityContext;
        var account = Account.Get(activity);
        if (account is null || account.Id == Guid.Empty)
        {
            throw new InvalidPluginExecutionException(string.Format(WorkflowMessages.AccountNotGiven, nameof(ReviewAccountTier)));
        }

        var requestedOn = DateTime.SpecifyKind(context.WorkflowContext.OperationCreatedOn, DateTimeKind.Utc);
        Stamp(context, account.Id, requestedOn);

        var reader = context.ProcessUserService;
        var policy = TierPolicySource.Read(reader);
        var stored = reader.Retrieve(
            AccountColumns.Table,
            account.Id,
            new ColumnSet(AccountColumns.Tier, AccountColumns.OnboardingTier, AccountColumns.HighestTier, AccountColumns.CalculatedOn));
        var state = new StoredTierState
        {
            Tier = stored.GetAttributeValue<OptionSetValue>(AccountColumns.Tier)?.Value,
            OnboardingTier = stored.GetAttributeValue<OptionSetValue>(AccountColumns.OnboardingTier)?.Value,
            HighestTier = stored.GetAttributeValue<OptionSetValue>(AccountColumns.HighestTier)?.Value,
        };
        var asOf = AsOfInstant.Resolve(requestedOn, stored.GetAttributeValue<DateTime?>(AccountColumns.CalculatedOn));
        var lastContact = ContactSchedule.LastCompletedActivity(reader, account.Id);
        var flags = ContactSchedule.Flags(policy, state, lastContact, policy.TimeZone.DateOf(asOf));

        BelowPeak.Set(activity, flags.BelowPeak);
        BelowOnboarding.Set(activity, flags.BelowOnboarding);
        AboveOnboarding.Set(activity, flags.AboveOnboarding);
        ContactDue.Set(activity, flags.ContactDue);
        Tier.Set(activity, state.Tier is int tier ? new OptionSetValue(tier) : null!);
        context.Trace($"Reviewed account {account.Id}: tier {state.Tier}, onboarding {state.OnboardingTier}, highest {state.HighestTier}, last contact {lastContact:o}; {flags}.");
    }

    /// <summary>
    /// Written as the process's user: the two columns are inputs anyone who may edit the account
    /// may set, and the recalculation they trigger runs as SYSTEM anyway.
    /// </summary>
    private static void Stamp(LocalWorkflowContext context, Guid accountId, DateTime requestedOn)
    {
        try
        {
            context.ProcessUserService.Update(new Entity(AccountColumns.Table, accountId)
            {
                [AccountColumns.RecalculationRequestedOn] = requestedOn,
                [AccountColumns.LastReviewedOn] = requestedOn,
            });
        }
        catch (FaultException<OrganizationServiceFault> fault) when (fault.Detail?.ErrorCode == PlatformErrorCodes.ObjectDoesNotExist)
        {
            throw new InvalidPluginExecutionException(string.Format(WorkflowMessages.AccountNotFound, accountId), fault);
        }
    }
}
