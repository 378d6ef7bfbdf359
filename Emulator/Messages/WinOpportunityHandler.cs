using CrmTiering.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Messages;

/// <summary>WinOpportunity ("Win" for steps): Won (1), status 3 by default; actual value = the close's actualrevenue, else the estimated value.</summary>
public sealed class WinOpportunityHandler : OpportunityCloseHandler
{
    public WinOpportunityHandler(PipelineOptions options)
        : base(options)
    {
    }

    public override string MessageName => StepMessages.WinOpportunityRequest;

    protected override int ClosedState => 1;

    private protected override Money? ActualValue(Entity close, Entity current) =>
        close.GetAttributeValue<Money>("actualrevenue") ?? current.GetAttributeValue<Money>("estimatedvalue");
}
