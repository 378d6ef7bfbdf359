using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Messages;

/// <summary>The platform refuses an Update that sets an opportunity to Won (1) or Lost (2): only Win and Lose close one.</summary>
internal static class OpportunityCloseRule
{
    public static void RefuseStateChangeByUpdate(string entity, OrganizationRequest request)
    {
        if (entity != StandardTables.Opportunity
            || !request.Parameters.TryGetValue("Target", out var value)
            || value is not Entity target
            || !target.Attributes.TryGetValue("statecode", out var state)
            || state is not OptionSetValue option)
        {
            return;
        }

        RefuseClosingState(entity, option.Value);
    }

    /// <summary>Update and SetState may not set an opportunity to Won (1) or Lost (2).</summary>
    public static void RefuseClosingState(string entity, int state)
    {
        if (entity != StandardTables.Opportunity)
        {
            return;
        }

        switch (state)
        {
            case 1:
                throw PlatformFault.Create(PipelineErrorCodes.StateChangeNeedsCloseMessage, PlatformFault.Format(PipelineMessages.OpportunityStateViaUpdate, "won", "won"));
            case 2:
                throw PlatformFault.Create(PipelineErrorCodes.StateChangeNeedsCloseMessage, PlatformFault.Format(PipelineMessages.OpportunityStateViaUpdate, "lost", "lose"));
        }
    }
}
