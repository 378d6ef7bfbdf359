using CrmTiering.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Messages;

/// <summary>LoseOpportunity ("Lose" for steps): Lost (2), status 4 Canceled by default; the actual value changes only when the close gives actualrevenue.</summary>
public sealed class LoseOpportunityHandler : OpportunityCloseHandler
{
    public LoseOpportunityHandler(PipelineOptions options)
        : base(options)
    {
    }

    public override string MessageName => StepMessages.LoseOpportunityRequest;

    protected override int ClosedState => 2;

    private protected override Money? ActualValue(Entity close, Entity current) => close.GetAttributeValue<Money>("actualrevenue");
}
