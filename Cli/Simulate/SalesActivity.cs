using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Cli.Simulate;

/// <summary>One user request of the simulated day, performed through the acting user's own service.</summary>
public sealed record SalesActivity(AccountProfile Account, ActivityKind Kind, Action<IOrganizationService> Perform);

/// <summary>What a rep does in the simulated organisation; each is one user request that fires the solution's steps.</summary>
public enum ActivityKind
{
    AccountCreated,
    OpportunityOpened,
    OpportunityWon,
    OpportunityLost,
    InvoicePaid,
    ValueFactorEdited,
    OverrideSet,
}
