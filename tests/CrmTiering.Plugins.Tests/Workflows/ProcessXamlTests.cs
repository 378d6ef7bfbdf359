using System;
using System.Activities;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CrmTiering.Plugins.Tests.Foundation;
using CrmTiering.Workflows;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tests.Workflows;

/// <summary>
/// The two hand-written processes in Solution/src/Workflows: well-formed, pinned ids, triggers as
/// DESIGN says, and every custom activity call naming a real class and its real arguments — the
/// checks an import would otherwise make only in a real organisation.
/// </summary>
public class ProcessXamlTests
{
    private const string FollowUpId = "19e2e70b-551b-5575-91fc-dffea5cbcc8b";
    private const string ReviewId = "07659b72-cdd7-596f-a9a5-972b710069ef";

    private static readonly XNamespace Xaml = "http://schemas.microsoft.com/winfx/2006/xaml";
    private static readonly XNamespace Activities = "http://schemas.microsoft.com/netfx/2009/xaml/activities";
    private static readonly XNamespace Xrm = "clr-namespace:Microsoft.Xrm.Sdk.Workflow.Activities;assembly=Microsoft.Xrm.Sdk.Workflow, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35";

    private static readonly Dictionary<string, Type> XamlTypes = new Dictionary<string, Type>
    {
        ["mxs:EntityReference"] = typeof(EntityReference),
        ["mxs:OptionSetValue"] = typeof(OptionSetValue),
        ["x:Boolean"] = typeof(bool),
        ["x:String"] = typeof(string),
    };

    public static TheoryData<string> Processes => new TheoryData<string> { FollowUpId, ReviewId };

    [Fact]
    public void The_folder_holds_exactly_the_two_processes_with_their_pinned_ids()
    {
        var ids = Directory.GetFiles(Folder, "*.xaml").Select(f => (string)Data(IdOf(f)).Attribute("WorkflowId")!).OrderBy(i => i);

        Assert.Equal(new[] { "{" + ReviewId + "}", "{" + FollowUpId + "}" }, ids);
    }

    [Theory]
    [MemberData(nameof(Processes))]
    public void Each_process_is_well_formed_and_named_as_SolutionPackager_names_it(string id)
    {
        var xamlPath = Directory.GetFiles(Folder, "*-" + id.ToUpperInvariant() + ".xaml").Single();
        var data = Data(id);

        Assert.Equal("/Workflows/" + Path.GetFileName(xamlPath), (string?)data.Element("XamlFileName"));
        Assert.Equal("XrmWorkflow" + id.Replace("-", string.Empty), (string?)XamlOf(id).Root!.Attribute(Xaml + "Class"));
        Assert.Equal("1", (string?)data.Element("Type"));
        Assert.Equal("0", (string?)data.Element("Category"));
        Assert.Equal("0", (string?)data.Element("Mode"));
        Assert.Equal("4", (string?)data.Element("Scope"));
        Assert.Equal(("1", "2"), ((string?)data.Element("StateCode"), (string?)data.Element("StatusCode")));
    }

    [Fact]
    public void The_follow_up_process_runs_in_the_background_when_a_tier_change_is_flagged_for_follow_up()
    {
        var data = Data(FollowUpId);

        Assert.Equal("ctier_TierChange", (string?)data.Element("PrimaryEntity")); // schema name, as exported workflows write it
        Assert.Equal("0", (string?)data.Element("TriggerOnCreate"));
        Assert.Equal("ctier_needsfollowup", (string?)data.Element("TriggerOnUpdateAttributeList"));
        Assert.Equal("0", (string?)data.Element("OnDemand"));
    }

    [Fact]
    public void The_quarterly_review_is_an_on_demand_process_on_account()
    {
        var data = Data(ReviewId);

        Assert.Equal("Quarterly tier review", (string?)data.Attribute("Name"));
        Assert.Equal("Account", (string?)data.Element("PrimaryEntity"));
        Assert.Equal("1", (string?)data.Element("OnDemand"));
        Assert.Equal("0", (string?)data.Element("TriggerOnCreate"));
    }

    [Fact]
    public void The_follow_up_process_evaluates_first_and_creates_the_task_only_inside_the_NeedsTask_branch()
    {
        var calls = CustomActivityCalls(FollowUpId);
        var create = calls.Single(c => c.Type == typeof(CreateTierFollowUpTask)).Element;

        Assert.Equal(new[] { typeof(EvaluateTierMovement), typeof(CreateTierFollowUpTask) }, calls.Select(c => c.Type));
        var branch = create.Ancestors(Xrm + "ActivityReference").First(a => ((string)a.Attribute("AssemblyQualifiedName")!).StartsWith("Microsoft.Crm.Workflow.Activities.ConditionBranch,", StringComparison.Ordinal));
        var condition = (string)branch.Element(Xrm + "ActivityReference.Arguments")!.Elements().Single(e => (string?)e.Attribute(Xaml + "Key") == "Condition");
        var test = branch.Parent!.Elements(Xrm + "ActivityReference")
            .Single(a => ((string)a.Attribute("AssemblyQualifiedName")!).StartsWith("Microsoft.Crm.Workflow.Activities.EvaluateCondition,", StringComparison.Ordinal));
        Assert.Equal("[" + ResultOf(test) + "]", condition);
        Assert.Equal("[CustomActivityStep1NeedsTask_localParameter]", Argument(test, "Operand"));
    }

    [Fact]
    public void The_review_process_calls_ReviewAccountTier_with_the_account_itself()
    {
        var call = CustomActivityCalls(ReviewId).Single();

        Assert.Equal(typeof(ReviewAccountTier), call.Type);
        var read = call.Element.Parent!.Elements(Xrm + "GetEntityProperty").Single();
        Assert.Equal(("accountid", "account"), ((string)read.Attribute("Attribute")!, (string)read.Attribute("EntityName")!));
    }

    [Theory]
    [MemberData(nameof(Processes))]
    public void Every_custom_activity_call_names_the_built_assembly_a_sealed_activity_and_its_real_arguments(string id)
    {
        var shipped = AssemblyName.GetAssemblyName(RepositoryLayout.BuiltAssembly("Plugins", "net462")).FullName;

        foreach (var call in CustomActivityCalls(id))
        {
            Assert.Equal(shipped, call.AssemblyName);
            Assert.True(call.Type.IsSealed && typeof(CodeActivity).IsAssignableFrom(call.Type), call.Type.Name);
            foreach (var argument in call.Element.Element(Xrm + "ActivityReference.Arguments")!.Elements())
            {
                var property = call.Type.GetProperty((string)argument.Attribute(Xaml + "Key")!);
                Assert.True(property is not null, $"{call.Type.Name} has no argument {(string?)argument.Attribute(Xaml + "Key")}");
                var direction = argument.Name.LocalName == "InArgument" ? typeof(InArgument<>) : typeof(OutArgument<>);
                Assert.Equal(direction.MakeGenericType(XamlTypes[(string)argument.Attribute(Xaml + "TypeArguments")!]), property!.PropertyType);
            }

            var given = call.Element.Element(Xrm + "ActivityReference.Arguments")!.Elements().Select(a => (string)a.Attribute(Xaml + "Key")!).ToList();
            var required = call.Type.GetProperties().Where(p => p.IsDefined(typeof(RequiredArgumentAttribute))).Select(p => p.Name);
            Assert.All(required, name => Assert.Contains(name, given));
        }
    }

    [Theory]
    [MemberData(nameof(Processes))]
    public void Every_output_lands_in_a_declared_workflow_variable_of_its_own_type(string id)
    {
        var declared = XamlOf(id).Root!.Element(Xrm + "Workflow")!.Element(Xrm + "Workflow.Variables")!.Elements(Activities + "Variable")
            .ToDictionary(v => (string)v.Attribute("Name")!, v => (string)v.Attribute(Xaml + "TypeArguments")!);

        foreach (var call in CustomActivityCalls(id))
        {
            var step = Regex.Match((string)call.Element.Attribute("DisplayName")!, @"^CustomActivityStep\d+").Value;
            foreach (var output in call.Element.Element(Xrm + "ActivityReference.Arguments")!.Elements(Activities + "OutArgument"))
            {
                var variable = step + (string)output.Attribute(Xaml + "Key")! + "_localParameter";
                Assert.Equal("[" + variable + "]", output.Value);
                Assert.Equal((string)output.Attribute(Xaml + "TypeArguments")!, declared[variable]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Processes))]
    public void Every_step_variable_an_expression_uses_is_declared(string id)
    {
        var document = XamlOf(id);
        var declared = document.Descendants(Activities + "Variable").Select(v => (string)v.Attribute("Name")!).ToHashSet();
        var expressions = document.Descendants().SelectMany(e => e.Attributes().Select(a => a.Value).Append(e.HasElements ? string.Empty : e.Value))
            .Where(text => text.StartsWith("[", StringComparison.Ordinal));

        var used = expressions.SelectMany(text => Regex.Matches(text, @"\b(?:CustomActivityStep|ConditionBranchStep)\w+").Select(m => m.Value)).ToList();

        Assert.NotEmpty(used);
        Assert.All(used, name => Assert.Contains(name, declared));
    }

    private static string Folder => Path.Combine(RepositoryLayout.Root, "Solution", "src", "Workflows");

    private static string IdOf(string xamlPath) => Path.GetFileNameWithoutExtension(xamlPath)[^36..].ToLowerInvariant();

    private static XDocument XamlOf(string id) => XDocument.Load(Directory.GetFiles(Folder, "*-" + id.ToUpperInvariant() + ".xaml").Single());

    private static XElement Data(string id) => XDocument.Load(Directory.GetFiles(Folder, "*-" + id.ToUpperInvariant() + ".xaml.data.xml").Single()).Root!;

    private static string Argument(XElement activity, string key) =>
        activity.Element(Xrm + "ActivityReference.Arguments")!.Elements().Single(e => (string?)e.Attribute(Xaml + "Key") == key).Value;

    private static string ResultOf(XElement activity) => Argument(activity, "Result").Trim('[', ']');

    private static List<ActivityCall> CustomActivityCalls(string id) =>
        XamlOf(id).Descendants(Xrm + "ActivityReference")
            .Select(e => (Element: e, Name: (string)e.Attribute("AssemblyQualifiedName")!))
            .Where(r => r.Name.StartsWith("CrmTiering.Workflows.", StringComparison.Ordinal))
            .Select(r =>
            {
                var comma = r.Name.IndexOf(',');
                var typeName = r.Name.Substring(0, comma);
                var type = typeof(EvaluateTierMovement).Assembly.GetType(typeName);
                Assert.True(type is not null, $"{typeName} is not a workflow activity of CrmTiering.Plugins");
                return new ActivityCall(r.Element, type!, r.Name.Substring(comma + 1).Trim());
            })
            .ToList();

    private sealed record ActivityCall(XElement Element, Type Type, string AssemblyName);
}
