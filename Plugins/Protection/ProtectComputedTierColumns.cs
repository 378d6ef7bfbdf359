using System.Collections.Generic;
using System.Linq;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Protection;

/// <summary>
/// Keeps the computed tier columns in the tiering plug-ins' hands (sync pre-operation, rank 1, account
/// Create and Update; Merge has its own handling, <see cref="DropComputedColumnsFromMerge"/>). A computed
/// column equal to the stored value is dropped silently, because forms resend unchanged fields. Any
/// other write of a computed column passes only when the operation runs as SYSTEM (a plug-in's
/// CreateOrganizationService(null)), recognised by id; whatever the request's tag says, every other
/// caller is rejected with a message naming the inputs to change instead.
/// </summary>
public sealed class ProtectComputedTierColumns : PluginBase
{
    public override System.Collections.Generic.IReadOnlyList<Registration.StepRegistration> Steps => ProtectionSteps.ComputedColumns;

    /// <summary>The pre-image alias: it holds the computed columns.</summary>
    public const string PreImageName = "computed";

    /// <summary>{0} = the computed columns written, {1} = the input columns.</summary>
    public const string ComputedColumnsRejected =
        "The tier columns {0} are calculated by CrmTiering and cannot be changed directly. " +
        "To change an account's tier, change its inputs instead: {1}.";

    protected override void ExecuteCore(LocalPluginContext context)
    {
        var execution = context.PluginExecutionContext;
        if (!execution.InputParameters.TryGetValue("Target", out var value) || value is not Entity target)
        {
            return;
        }

        var written = target.Attributes.Keys.Where(ComputedTierColumns.Contains).ToList();
        if (written.Count == 0)
        {
            return;
        }

        execution.PreEntityImages.TryGetValue(PreImageName, out var stored);
        var changed = new List<string>();
        foreach (var column in written)
        {
            var storedValue = stored is not null && stored.Contains(column) ? stored[column] : null;
            if (ColumnValue.Same(target[column], storedValue))
            {
                target.Attributes.Remove(column);
                context.Trace($"Dropped {column}: the value sent equals the stored one.");
            }
            else
            {
                changed.Add(column);
            }
        }

        if (changed.Count == 0)
        {
            return;
        }

        // Only now is a rejection at stake, so only now is SYSTEM's id read.
        if (context.OperationRunsAsSystem())
        {
            context.Trace($"SYSTEM writes {string.Join(", ", changed)}: allowed.");
            return;
        }

        throw new InvalidPluginExecutionException(
            string.Format(ComputedColumnsRejected, string.Join(", ", changed), string.Join(", ", TierInputColumns.All)));
    }
}
