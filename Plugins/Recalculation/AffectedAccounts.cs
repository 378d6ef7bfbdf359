using System;
using System.Collections.Generic;
using CrmTiering.Core.Revenue;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Recalculation;

/// <summary>
/// Which accounts an event touches, from the context alone (no call): the images of an
/// opportunity or invoice (old and new owner on reparenting, R4), the merge master, or the account
/// itself. Win and Lose carry no images; <see cref="RecalculateAccountTier"/> finds their account with one query.
/// </summary>
public static class AffectedAccounts
{
    public static IReadOnlyList<Guid> Of(IPluginExecutionContext context)
    {
        var accounts = new List<Guid>(2);
        switch (context.PrimaryEntityName)
        {
            case OpportunityColumns.Table:
                Add(accounts, OpportunityAccount(Image(context.PreEntityImages, StepImageNames.PreImage)));
                Add(accounts, OpportunityAccount(Image(context.PostEntityImages, StepImageNames.PostImage)));
                break;
            case InvoiceColumns.Table:
                Add(accounts, InvoiceAccount(Image(context.PreEntityImages, StepImageNames.PreImage)));
                Add(accounts, InvoiceAccount(Image(context.PostEntityImages, StepImageNames.PostImage)));
                break;
            case AccountColumns.Table:
                // Merge: Target is a reference to the master, which receives the subordinate's records.
                Add(accounts, context.InputParameters.TryGetValue(StepImageNames.TargetProperty, out var target) && target is EntityReference master
                    ? master.Id
                    : context.PrimaryEntityId);
                break;
        }

        return accounts;
    }

    /// <summary>R4 on an image: the parent account, else the customer when it is an account.</summary>
    public static Guid? OpportunityAccount(Entity? opportunity)
    {
        if (opportunity is null)
        {
            return null;
        }

        var parent = opportunity.GetAttributeValue<EntityReference>(OpportunityColumns.ParentAccount);
        var customer = opportunity.GetAttributeValue<EntityReference>(OpportunityColumns.Customer);
        var owner = RecordOwner.OfOpportunity(parent?.Id.ToString("D"), customer?.Id.ToString("D"), customer?.LogicalName == AccountColumns.Table);
        return owner is null ? null : new Guid(owner);
    }

    /// <summary>R4: an invoice belongs to its customer when that is an account (a contact is ignored).</summary>
    public static Guid? InvoiceAccount(Entity? invoice) =>
        invoice?.GetAttributeValue<EntityReference>(InvoiceColumns.Customer) is { LogicalName: AccountColumns.Table } customer ? customer.Id : null;

    private static Entity? Image(EntityImageCollection images, string name) =>
        images.TryGetValue(name, out var image) ? image : null;

    private static void Add(List<Guid> accounts, Guid? account)
    {
        if (account is { } id && id != Guid.Empty && !accounts.Contains(id))
        {
            accounts.Add(id);
        }
    }
}
