using System.Activities.Hosting;
using System.Collections.Generic;
using System.Linq;

namespace System.Activities;

/// <summary>
/// Runs an activity synchronously, like a method call: inputs by argument name in, the Out and
/// InOut argument values by name back. Exceptions thrown by the activity propagate unchanged.
/// </summary>
public sealed class WorkflowInvoker
{
    private const string UnknownInputMessage = "The root activity has no In or InOut argument named '{0}'.";
    private const string MissingRequiredMessage = "The required argument '{0}' of the root activity was not supplied.";

    private readonly Activity _workflow;

    public WorkflowInvoker(Activity workflow)
    {
        _workflow = workflow ?? throw new ArgumentNullException(nameof(workflow));
        Extensions = new WorkflowInstanceExtensionManager();
    }

    public WorkflowInstanceExtensionManager Extensions { get; }

    public static IDictionary<string, object> Invoke(Activity workflow) => new WorkflowInvoker(workflow).Invoke();

    public static IDictionary<string, object> Invoke(Activity workflow, IDictionary<string, object> inputs) =>
        new WorkflowInvoker(workflow).Invoke(inputs);

    public IDictionary<string, object> Invoke() => Invoke((IDictionary<string, object>)null);

    public IDictionary<string, object> Invoke(IDictionary<string, object> inputs)
    {
        inputs ??= new Dictionary<string, object>();
        var extensions = Extensions.CreateForRun();
        var instanceId = Guid.NewGuid();
        var arguments = ActivityArgument.Of(_workflow);

        foreach (var name in inputs.Keys)
        {
            if (!arguments.Any(a => a.Name == name && a.TakesInput))
            {
                throw new ArgumentException(string.Format(UnknownInputMessage, name), nameof(inputs));
            }
        }

        var values = new Dictionary<Argument, object>();
        foreach (var argument in arguments)
        {
            values[argument.Argument] = InitialValue(argument, inputs, extensions, instanceId);
        }

        Run(_workflow, values, extensions, instanceId);

        return arguments
            .Where(a => a.GivesOutput)
            .ToDictionary(a => a.Name, a => values[a.Argument]);
    }

    private static object InitialValue(ActivityArgument argument, IDictionary<string, object> inputs, IReadOnlyList<object> extensions, Guid instanceId)
    {
        var type = argument.Argument.ArgumentType;
        if (argument.TakesInput && inputs.TryGetValue(argument.Name, out var given))
        {
            return ArgumentValues.Coerce(type, given);
        }

        var expression = argument.Argument.ExpressionCore;
        if (argument.TakesInput && expression != null)
        {
            return Evaluate(expression, extensions, instanceId);
        }

        if (argument.Required && argument.TakesInput)
        {
            throw new ArgumentException(string.Format(MissingRequiredMessage, argument.Name), "inputs");
        }

        return ArgumentValues.DefaultOf(type);
    }

    /// <summary>Runs an argument's expression activity and returns its Result.</summary>
    private static object Evaluate(ActivityWithResult expression, IReadOnlyList<object> extensions, Guid instanceId)
    {
        var noInputs = new Dictionary<string, object>();
        var values = new Dictionary<Argument, object>();
        foreach (var argument in ActivityArgument.Of(expression))
        {
            values[argument.Argument] = InitialValue(argument, noInputs, extensions, instanceId);
        }

        Run(expression, values, extensions, instanceId);
        return values[expression.ResultArgument];
    }

    private static void Run(Activity activity, Dictionary<Argument, object> values, IReadOnlyList<object> extensions, Guid instanceId)
    {
        var context = new CodeActivityContext(values, extensions, "1", instanceId);
        try
        {
            activity.Run(context);
        }
        finally
        {
            context.Dispose();
        }
    }
}
