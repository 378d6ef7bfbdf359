using System.Collections.Generic;

namespace System.Activities;

/// <summary>The context handed to CodeActivity.Execute.</summary>
public class CodeActivityContext : ActivityContext
{
    internal CodeActivityContext(Dictionary<Argument, object> values, IReadOnlyList<object> extensions, string activityInstanceId, Guid workflowInstanceId)
        : base(values, extensions, activityInstanceId, workflowInstanceId)
    {
    }
}
