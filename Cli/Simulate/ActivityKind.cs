namespace CrmTiering.Cli.Simulate;

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
