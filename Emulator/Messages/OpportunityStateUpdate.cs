using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Messages;

/// <summary>The state change Win/Lose make, sent as an Update when the pipeline is told to fire Update steps for them; exempt from the rule that refuses closing by Update.</summary>
internal sealed class OpportunityStateUpdate : OrganizationRequest
{
    public OpportunityStateUpdate(Entity target)
        : base("Update")
    {
        Parameters["Target"] = target;
    }
}
