using System.Linq;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Protection;

/// <summary>
/// Keeps the tier history (<c>ctier_tierchange</c>) SYSTEM's alone (sync pre-operation on Create and
/// Update): a forged Tier1Slip row, or a follow-up flag set on an old one, would put a task in a
/// manager's queue. The one column anyone else may write is the follow-up link the process sets
/// (an allow-list, so a column added later is protected too). No shipped role holds create, write or
/// delete privileges on the table; this step also stops roles that hold every privilege (System
/// Administrator, System Customizer) unless they bypass custom plug-ins.
/// </summary>
public sealed class ProtectTierHistory : PluginBase
{
    public override System.Collections.Generic.IReadOnlyList<Registration.StepRegistration> Steps => ProtectionSteps.History;

    /// <summary>{0} = the message (Create, Update, Delete).</summary>
    public const string HistoryRejected =
        "Tier history is written by CrmTiering only; a user may not {0} a tier change row. " +
        "To change an account's tier, change its inputs (value factors, effort, expected revenue or the override).";

    protected override void ExecuteCore(LocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        if (execution.MessageName == nameof(Registration.SdkMessage.Update)
            && execution.InputParameters.TryGetValue("Target", out var value) && value is Entity target
            && target.Attributes.Keys.All(column => column == TierChangeColumns.FollowUpTask || column == TierChangeColumns.Id))
        {
            return;
        }

        if (context.OperationRunsAsSystem())
        {
            return;
        }

        throw new InvalidPluginExecutionException(string.Format(HistoryRejected, context.PluginExecutionContext.MessageName.ToLowerInvariant()));
    }
}
