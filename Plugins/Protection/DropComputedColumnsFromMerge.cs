using System.Linq;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Protection;

/// <summary>
/// Account Merge (sync pre-operation): removes the computed tier columns from <c>UpdateContent</c>, the
/// values the user picked for the master. The master's tier is recalculated from the merged records
/// afterwards (the asynchronous Merge step), so a merge never carries a user's tier values and never
/// fails because the user chose the subordinate's.
/// </summary>
public sealed class DropComputedColumnsFromMerge : PluginBase
{
    public override System.Collections.Generic.IReadOnlyList<Registration.StepRegistration> Steps => ProtectionSteps.Merge;

    public const string UpdateContentParameter = "UpdateContent";

    protected override void ExecuteCore(LocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        if (!execution.InputParameters.TryGetValue(UpdateContentParameter, out var value) || value is not Entity content)
        {
            return;
        }

        foreach (var column in content.Attributes.Keys.Where(ComputedTierColumns.Contains).ToList())
        {
            content.Attributes.Remove(column);
            context.Trace($"Dropped {column} from the merge: the master's tier is recalculated from its records.");
        }
    }
}
