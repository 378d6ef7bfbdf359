using System;
using System.Activities;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CrmTiering.Emulator.Workflows;
using CrmTiering.Plugins.Registration;

namespace CrmTiering.Solution.Emulation;

/// <summary>
/// The solution's processes (Solution/src/Workflows) on the emulator's workflow host, read from the
/// shipped files: trigger, scope, primary entity and on-demand flag from each .xaml.data.xml; the custom
/// activity steps, in document order, from the .xaml — each step's activity type (resolved in the built
/// plug-in assembly), its EntityReference inputs bound to the primary record, and the boolean
/// "output equals literal" condition of an enclosing ConditionBranch's Then. Anything else the XAML
/// might hold (Else branches, waits, other conditions, real-time mode, delete triggers) is refused
/// with a message rather than guessed.
/// </summary>
public sealed class SolutionProcesses
{
    private const string FolderName = "Workflows";
    private const string PlatformActivities = "Microsoft.Crm.Workflow.Activities.";
    private static readonly XNamespace Xaml = "http://schemas.microsoft.com/winfx/2006/xaml";
    private readonly Dictionary<string, WorkflowProcess> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<(WorkflowProcess, Type), string> _stepNames = new();

    /// <param name="host">The emulator's workflow host.</param>
    /// <param name="ownerId">The processes' owner: background workflows run as their owner.</param>
    public SolutionProcesses(ProcessHost host, Guid ownerId)
    {
        foreach (var dataPath in DataFiles())
        {
            var (process, steps) = Read(dataPath, ownerId);
            _byName.Add(process.Name, host.Register(process));
            foreach (var (activity, step) in steps)
            {
                _stepNames[(process, activity)] = step;
            }
        }
    }

    /// <summary>Every shipped process, by its name.</summary>
    public IReadOnlyDictionary<string, WorkflowProcess> All => _byName;

    /// <summary>The shipped processes' names (the Name of their .xaml.data.xml).</summary>
    public const string FollowUpName = "Tier follow-up";
    public const string QuarterlyReviewName = "Quarterly tier review";

    /// <summary>The background "Tier follow-up".</summary>
    public WorkflowProcess FollowUp => Named(FollowUpName);

    /// <summary>The on-demand "Quarterly tier review".</summary>
    public WorkflowProcess QuarterlyReview => Named(QuarterlyReviewName);

    public WorkflowProcess Named(string name) =>
        _byName.TryGetValue(name, out var process) ? process : throw new KeyNotFoundException($"The solution ships no process named '{name}'.");

    /// <summary>The XAML step name that runs <typeparamref name="TActivity"/> in the process (the key of its outputs).</summary>
    public string StepOf<TActivity>(WorkflowProcess process) where TActivity : Activity =>
        _stepNames.TryGetValue((process, typeof(TActivity)), out var name)
            ? name
            : throw new KeyNotFoundException($"The process '{process.Name}' has no step running {typeof(TActivity).Name}.");

    /// <summary>
    /// The XAML step name that runs <typeparamref name="TActivity"/> in the shipped process named
    /// <paramref name="processName"/>, read without installing anything (for tests naming a run's outputs).
    /// </summary>
    public static string StepOf<TActivity>(string processName) where TActivity : Activity =>
        DataFiles().Select(p => Read(p, Guid.Empty)).Where(r => r.Process.Name == processName)
            .SelectMany(r => r.Steps).Where(s => s.Activity == typeof(TActivity)).Select(s => s.Step).FirstOrDefault()
        ?? throw new KeyNotFoundException($"No shipped process '{processName}' has a step running {typeof(TActivity).Name}.");

    private static IEnumerable<string> DataFiles() =>
        ShippedSources.Under(FolderName).Where(p => p.EndsWith(".xaml.data.xml", StringComparison.Ordinal));

    private static (WorkflowProcess Process, List<(Type Activity, string Step)> Steps) Read(string dataPath, Guid ownerId)
    {
        var data = ShippedSources.Xml(dataPath);
        var name = data.Attribute("Name")?.Value ?? throw Refused(dataPath, "the workflow has no Name");
        // Exports name the primary table by its schema name ("Account"); the logical name is its lower case.
        var table = (Child(data, "PrimaryEntity") ?? throw Refused(dataPath, "no PrimaryEntity")).ToLowerInvariant();
        Require(dataPath, Child(data, "Category") == "0", "only classic workflows (Category 0) are modelled");
        Require(dataPath, Child(data, "Mode") == "0", "only background workflows (Mode 0) are modelled");
        Require(dataPath, Child(data, "StateCode") == "1", "the workflow is not shipped activated");
        Require(dataPath, Child(data, "RunAs") == "1", "only workflows that run as their owner (RunAs 1) are modelled");
        Require(dataPath, Child(data, "TriggerOnDelete") != "1", "delete triggers are not modelled");
        var onCreate = Child(data, "TriggerOnCreate") == "1";
        var onUpdate = Child(data, "TriggerOnUpdateAttributeList")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Require(dataPath, !(onCreate && onUpdate is not null), "a workflow triggered on both Create and Update is not modelled");
        var scope = int.Parse(Child(data, "Scope") ?? throw Refused(dataPath, "no Scope"), CultureInfo.InvariantCulture);
        Require(dataPath, Enum.IsDefined(typeof(ProcessScope), scope), $"scope {scope} is not a workflow scope");

        var process = new WorkflowProcess(name, table, ownerId)
        {
            Id = Guid.Parse(data.Attribute("WorkflowId")?.Value ?? throw Refused(dataPath, "no WorkflowId")),
            Trigger = onCreate ? ProcessTrigger.OnCreate(table) : onUpdate is not null ? ProcessTrigger.OnUpdate(table, onUpdate) : null,
            Scope = (ProcessScope)scope,
            OnDemand = Child(data, "OnDemand") == "1",
        };
        var xamlPath = FolderName + "/" + (Child(data, "XamlFileName") ?? throw Refused(dataPath, "no XamlFileName")).Split('/').Last();
        var names = new List<(Type Activity, string Step)>();
        foreach (var step in Steps(xamlPath, table))
        {
            process.Then(step.Name, step.Activity, step.Inputs, step.When);
            names.Add((step.ActivityType, step.Name));
        }

        return (process, names);
    }

    private sealed record Step(string Name, Type ActivityType, Func<Activity> Activity, Func<ProcessRun, IDictionary<string, object>> Inputs, Func<ProcessRun, bool>? When);

    private static IReadOnlyList<Step> Steps(string xamlPath, string table)
    {
        var xaml = ShippedSources.Xml(xamlPath);
        var references = xaml.Descendants().Where(e => e.Name.LocalName == "ActivityReference").ToList();
        var custom = references.Where(r => !TypeNameOf(r).StartsWith(PlatformActivities, StringComparison.Ordinal)).ToList();
        Require(xamlPath, custom.Count > 0, "no custom activity step");
        // Which step and output argument writes each workflow variable ("[CustomActivityStep1NeedsTask_localParameter]").
        var outputs = custom.SelectMany(r => Arguments(r, "OutArgument").Select(a => (Variable: a.Value.Trim('[', ']'), Step: StepName(r), Output: Key(a))))
            .ToDictionary(o => o.Variable, o => (o.Step, o.Output));
        var steps = new List<Step>();
        foreach (var reference in custom)
        {
            var type = ActivityType(xamlPath, reference);
            var name = StepName(reference);
            var inputs = Arguments(reference, "InArgument").ToList();
            foreach (var input in inputs)
            {
                Require(xamlPath, input.Attribute(Xaml + "TypeArguments")?.Value == "mxs:EntityReference" && ReadsPrimaryId(reference, table),
                    $"input '{Key(input)}' of {name} is not the primary record's reference");
            }

            var keys = inputs.Select(Key).ToList();
            steps.Add(new Step(
                name,
                type,
                () => (Activity)Activator.CreateInstance(type)!,
                run => keys.ToDictionary(k => k, _ => (object)run.Record),
                Condition(xamlPath, xaml, reference, outputs)));
        }

        return steps;
    }

    /// <summary>The step's composite reads the primary entity's id column (GetEntityProperty on InputEntities("primaryEntity")).</summary>
    private static bool ReadsPrimaryId(XElement reference, string table) =>
        reference.Ancestors().First(a => a.Name.LocalName == "ActivityReference").Descendants()
            .Any(e => e.Name.LocalName == "GetEntityProperty" && e.Attribute("Attribute")?.Value == table + "id"
                && e.Attribute("Entity")?.Value == "[InputEntities(\"primaryEntity\")]");

    private static Func<ProcessRun, bool>? Condition(string path, XElement xaml, XElement reference, IReadOnlyDictionary<string, (string Step, string Output)> outputs)
    {
        Func<ProcessRun, bool>? when = null;
        foreach (var branch in reference.Ancestors().Where(a => a.Name.LocalName == "ActivityReference" && TypeNameOf(a) == PlatformActivities + "ConditionBranch"))
        {
            var arm = reference.AncestorsAndSelf().First(a => a.Parent?.Parent == branch);
            Require(path, arm.Attribute(Xaml + "Key")?.Value == "Then", $"{StepName(reference)} sits in a branch other than Then");
            var conditionVariable = Arguments(branch, "InArgument").Single(a => Key(a) == "Condition").Value.Trim('[', ']');
            var evaluate = xaml.Descendants().Single(e => TypeNameOf(e) == PlatformActivities + "EvaluateCondition"
                && Arguments(e, "OutArgument").Any(a => a.Value.Trim('[', ']') == conditionVariable));
            var op = Arguments(evaluate, "InArgument").Single(a => Key(a) == "ConditionOperator").Value.Trim();
            Require(path, op == "Equal", $"condition operator {op} is not modelled");
            var operand = Arguments(evaluate, "InArgument").Single(a => Key(a) == "Operand").Value.Trim('[', ']');
            Require(path, outputs.ContainsKey(operand), $"the condition on {operand} does not test a custom step's output");
            var (step, output) = outputs[operand];
            var literalVariable = Regex.Match(Arguments(evaluate, "InArgument").Single(a => Key(a) == "Parameters").Value, @"\{\s*(\w+)\s*\}").Groups[1].Value;
            var literal = xaml.Descendants().Single(e => TypeNameOf(e) == PlatformActivities + "EvaluateExpression"
                && Arguments(e, "OutArgument").Any(a => a.Value.Trim('[', ']') == literalVariable));
            var value = Regex.Match(Arguments(literal, "InArgument").Single(a => Key(a) == "Parameters").Value, @"WorkflowPropertyType\.Boolean,\s*""(True|False)""");
            Require(path, value.Success, $"the condition on {operand} does not compare with a boolean literal");
            var expected = value.Groups[1].Value == "True";
            var outer = when;
            when = run => (outer is null || outer(run)) && run.Output<bool>(step, output) == expected;
        }

        return when;
    }

    private static Type ActivityType(string path, XElement reference)
    {
        var parts = reference.Attribute("AssemblyQualifiedName")!.Value.Split(',', StringSplitOptions.TrimEntries);
        var assembly = typeof(TieringSteps).Assembly;
        Require(path, parts.Length > 1 && parts[1] == assembly.GetName().Name, $"{parts[0]} names the assembly '{(parts.Length > 1 ? parts[1] : "")}', not {assembly.GetName().Name}");
        var type = assembly.GetType(parts[0]);
        Require(path, type is not null && typeof(Activity).IsAssignableFrom(type), $"the built assembly has no activity {parts[0]}");
        return type!;
    }

    private static string TypeNameOf(XElement element) => element.Attribute("AssemblyQualifiedName")?.Value.Split(',')[0].Trim() ?? string.Empty;

    /// <summary>"CustomActivityStep1: Evaluate …" → "CustomActivityStep1".</summary>
    private static string StepName(XElement reference) => reference.Attribute("DisplayName")!.Value.Split(':')[0].Trim();

    private static IEnumerable<XElement> Arguments(XElement reference, string kind) =>
        reference.Elements().Where(e => e.Name.LocalName == "ActivityReference.Arguments").Elements().Where(e => e.Name.LocalName == kind);

    private static string Key(XElement argument) => argument.Attribute(Xaml + "Key")?.Value ?? string.Empty;

    private static string? Child(XElement element, string name) => element.Element(name)?.Value.Trim();

    private static void Require(string path, bool condition, string problem)
    {
        if (!condition)
        {
            throw Refused(path, problem);
        }
    }

    private static NotSupportedException Refused(string path, string problem) =>
        new($"Solution/src/{path}: {problem}; the installed-solution fixture does not interpret it.");
}
