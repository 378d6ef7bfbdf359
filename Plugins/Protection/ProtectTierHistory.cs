using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Protection;

/// <summary>
/// Keeps the tier history (<c>ctier_tierchange</c>) SYSTEM's alone (sync pre-operation on Create, and on
/// Update of any column but the follow-up link the process writes): a forged Tier1Slip row would start
/// the follow-up process and put a task in a manager's queue. No shipped role holds create, write or
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
        if (context.OperationRunsAsSystem())
        {
            return;
        }

        throw new InvalidPluginExecutionException(string.Format(HistoryRejected, context.PluginExecutionContext.MessageName.ToLowerInvariant()));
    }
}
