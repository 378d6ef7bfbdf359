using CrmTiering.Core.FollowUp;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Workflows.Data;

/// <summary>An open follow-up task found for an account and kind: its reference and its mergeable fields.</summary>
public sealed class OpenFollowUp
{
    public OpenFollowUp(EntityReference task, OpenFollowUpTask fields)
    {
        Task = task;
        Fields = fields;
    }

    public EntityReference Task { get; }

    public OpenFollowUpTask Fields { get; }
}
