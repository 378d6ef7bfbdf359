using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml;
using CrmTiering.Emulator.CustomApi;
using CrmTiering.Plugins.CustomApi;
using CrmTiering.Solution.Emulation;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Solution.Tests;

/// <summary>
/// The daily Due sweep's flow definition, read from the packed zip: the shape of exported solution flows
/// (CoE Starter Kit Workflows/*.json), a daily Recurrence at a fixed UTC hour, the Dataverse connector's
/// unbound action naming the shipped Custom API with exactly the parameters Solution/src/customapis
/// declares, explicit Do-until limits, and a last step that fails the run when the sweep is incomplete.
/// </summary>
public sealed class ScheduledSweepFlowTests : IClassFixture<PackedSchedule>
{
    private const string DataverseApi = "/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps";

    /// <summary>Logic Apps' Do-until defaults (logic-apps-control-flow-loops) and Power Automate's iteration cap (limits-and-config: "Until iterations").</summary>
    private const int DefaultUntilCount = 60;
    private const int MaximumUntilCount = 5000;
    private static readonly TimeSpan DefaultUntilTimeout = TimeSpan.FromHours(1);

    private readonly PackedSchedule _schedule;

    public ScheduledSweepFlowTests(PackedSchedule schedule) => _schedule = schedule;

    private JsonObject Definition => _schedule.FlowJson["properties"]!["definition"]!.AsObject();

    /// <summary>The shipped Custom API the sweep calls: the one backed by the RecalculateTiers plug-in, as Solution/src/customapis declares it.</summary>
    private static CustomApiDefinition Api => ShippedCustomApis.All().Single(a => a.PluginType == typeof(CrmTiering.Plugins.RecalculateTiers));

    [Fact]
    public void The_file_has_the_shape_of_an_exported_solution_flow()
    {
        var flow = _schedule.FlowJson;
        Assert.Equal("1.0.0.0", (string?)flow["schemaVersion"]);
        Assert.NotNull(flow["properties"]!["connectionReferences"]);
        Assert.Equal("https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#", (string?)Definition["$schema"]);
        Assert.Equal("Object", (string?)Definition["parameters"]!["$connections"]!["type"]);
        Assert.Equal("SecureObject", (string?)Definition["parameters"]!["$authentication"]!["type"]);
        Assert.NotEmpty(Definition["actions"]!.AsObject());
    }

    [Fact]
    public void It_triggers_once_a_day_at_a_fixed_UTC_time()
    {
        var (_, trigger) = Assert.Single(Definition["triggers"]!.AsObject());
        Assert.Equal("Recurrence", (string?)trigger!["type"]);
        var recurrence = trigger["recurrence"]!;
        Assert.Equal("Day", (string?)recurrence["frequency"]);
        Assert.Equal(1, (int)recurrence["interval"]!);
        Assert.Equal("UTC", (string?)recurrence["timeZone"]);
        var hour = int.Parse((string)Assert.Single(recurrence["schedule"]!["hours"]!.AsArray())!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(hour, 0, 23);
        Assert.InRange((int)Assert.Single(recurrence["schedule"]!["minutes"]!.AsArray())!, 0, 59);
    }

    [Fact]
    public void The_one_unbound_action_calls_the_shipped_Custom_API_through_the_flows_Dataverse_connection()
    {
        var (_, call) = Assert.Single(UnboundActions());
        var host = call["inputs"]!["host"]!;
        Assert.Equal("OpenApiConnection", (string?)call["type"]);
        Assert.Equal(DataverseApi, (string?)host["apiId"]);
        Assert.Contains((string)host["connectionName"]!, _schedule.FlowJson["properties"]!["connectionReferences"]!.AsObject().Select(p => p.Key));
        Assert.Equal("@parameters('$authentication')", (string?)call["inputs"]!["authentication"]);
        Assert.Equal(Api.UniqueName, (string?)call["inputs"]!["parameters"]!["actionName"]);
    }

    [Fact]
    public void Its_parameters_are_declared_by_the_Custom_API_and_every_required_one_is_given()
    {
        var parameters = Parameters();
        var declared = Api.RequestParameters.ToDictionary(p => p.UniqueName);
        Assert.All(parameters.Keys, name => Assert.True(declared.ContainsKey(name), $"item/{name} is not a request parameter of {Api.UniqueName}"));
        Assert.All(declared.Values.Where(p => !p.IsOptional), p => Assert.Contains(p.UniqueName, parameters.Keys));
        // A literal must have the declared type (the connector sends JSON as written).
        foreach (var (name, value) in parameters)
        {
            if (value is JsonValue literal && !IsExpression(literal))
            {
                Assert.Equal(JsonKindOf(declared[name].Type), literal.GetValueKind());
            }
        }
    }

    [Fact]
    public void Its_first_call_is_a_Due_page_from_the_start_as_the_plug_in_reads_it()
    {
        var parameters = Parameters();
        Assert.Equal("@variables('PageCookie')", (string?)parameters[RecalculateTiersApi.PageCookie]);
        Assert.Equal(string.Empty, (string?)InitialValue("PageCookie"));
        var inputs = new ParameterCollection();
        foreach (var (name, value) in parameters)
        {
            inputs[name] = IsExpression(value!.AsValue()) ? (string?)InitialValue(VariableOf((string)value!)!) : (string?)value;
        }

        var request = RecalculationRequest.Read(inputs);
        Assert.Equal(RecalculationMode.Due, request.Mode);
        Assert.Null(request.Cookie);
        Assert.Null(request.From);
    }

    [Fact]
    public void Every_response_field_it_reads_is_a_response_property_and_the_paging_ones_are_read()
    {
        var (name, _) = UnboundActions().Single();
        var text = Text(Definition);
        var read = Regex.Matches(text, $@"outputs\('{Regex.Escape(name)}'\)\?\['body/(\w+)'\]").Select(m => m.Groups[1].Value).ToHashSet();
        var declared = Api.ResponseProperties.Select(p => p.UniqueName).ToHashSet();
        Assert.All(read, field => Assert.Contains(field, declared));
        foreach (var needed in new[] { RecalculateTiersApi.MoreRecords, RecalculateTiersApi.PageCookie, RecalculateTiersApi.Processed, RecalculateTiersApi.Changed, RecalculateTiersApi.Failed })
        {
            Assert.Contains(needed, read);
        }
    }

    [Fact]
    public void The_call_loops_in_a_Do_until_on_MoreRecords_with_explicit_limits_below_a_day()
    {
        var (loopName, loop) = Loop();
        Assert.Contains("variables('MoreRecords')", (string)loop["expression"]!);
        var limit = loop["limit"]!;
        var count = (int)limit["count"]!;
        Assert.InRange(count, DefaultUntilCount + 1, MaximumUntilCount);
        var timeout = XmlConvert.ToTimeSpan((string)limit["timeout"]!);
        Assert.True(timeout > DefaultUntilTimeout && timeout < TimeSpan.FromDays(1), $"{loopName}: the timeout {timeout} must beat the default hour and end before the next day's run");
        var (callName, _) = UnboundActions().Single();
        Assert.Contains(callName, loop["actions"]!.AsObject().Select(a => a.Key));
        // Each page hands its cookie and MoreRecords to the next one.
        var sets = loop["actions"]!.AsObject().Where(a => (string?)a.Value!["type"] == "SetVariable").ToDictionary(a => (string)a.Value!["inputs"]!["name"]!, a => Text(a.Value!["inputs"]!["value"]!));
        Assert.Contains($"body/{RecalculateTiersApi.PageCookie}", sets["PageCookie"]);
        Assert.Contains($"body/{RecalculateTiersApi.MoreRecords}", sets["MoreRecords"]);
    }

    [Fact]
    public void A_failed_call_ends_the_loop_instead_of_repeating_the_page_to_the_limit()
    {
        var (_, loop) = Loop();
        var (callName, _) = UnboundActions().Single();
        var handler = loop["actions"]!.AsObject().Single(a => a.Value!["runAfter"]?[callName]?.AsArray().Any(s => (string?)s == "Failed") == true);
        var variable = (string)handler.Value!["inputs"]!["name"]!;
        Assert.Contains($"variables('{variable}')", (string)loop["expression"]!);
    }

    [Fact]
    public void The_run_fails_visibly_when_an_account_failed_or_the_sweep_did_not_finish()
    {
        var actions = Definition["actions"]!.AsObject();
        var (loopName, _) = Loop();
        var check = actions.Single(a => (string?)a.Value!["type"] == "If" && Reaches(actions, a.Key, loopName));
        var condition = Text(check.Value!["expression"]!);
        Assert.Contains("variables('Failed')", condition);
        Assert.Contains("variables('MoreRecords')", condition);
        var terminate = check.Value!["actions"]!.AsObject().Select(a => a.Value!).Single(a => (string?)a["type"] == "Terminate");
        Assert.Equal("Failed", (string?)terminate["inputs"]!["runStatus"]);
        Assert.Contains("crmtiering sweep", (string)terminate["inputs"]!["runError"]!["message"]!);
        // The check runs whatever state the loop ended in, so a failed loop is reported too.
        var after = AfterLoop(actions, loopName);
        Assert.Contains("Failed", after);
        Assert.Contains("Succeeded", after);
    }

    [Fact]
    public void Every_variable_it_sets_or_adds_to_is_initialised_and_every_run_after_names_a_sibling()
    {
        var initialised = Definition["actions"]!.AsObject().Where(a => (string?)a.Value!["type"] == "InitializeVariable")
            .SelectMany(a => a.Value!["inputs"]!["variables"]!.AsArray()).Select(v => (string)v!["name"]!).ToHashSet();
        foreach (var (_, action) in AllActions(Definition["actions"]!.AsObject()))
        {
            if ((string?)action["type"] is "SetVariable" or "IncrementVariable")
            {
                Assert.Contains((string)action["inputs"]!["name"]!, initialised);
            }
        }

        foreach (var scope in Scopes(Definition["actions"]!.AsObject()))
        {
            foreach (var (name, action) in scope)
            {
                foreach (var (predecessor, _) in action!["runAfter"]?.AsObject() ?? new JsonObject())
                {
                    Assert.True(scope.ContainsKey(predecessor), $"{name} runs after {predecessor}, which is not in the same scope");
                }
            }
        }
    }

    private IEnumerable<KeyValuePair<string, JsonNode>> UnboundActions() =>
        AllActions(Definition["actions"]!.AsObject()).Where(a => (string?)a.Value["inputs"]?["host"]?["operationId"] == "PerformUnboundAction");

    /// <summary>item/&lt;name&gt; → value: the connector's way of naming an unbound action's parameters.</summary>
    private Dictionary<string, JsonNode?> Parameters()
    {
        var parameters = UnboundActions().Single().Value["inputs"]!["parameters"]!.AsObject();
        Assert.All(parameters.Where(p => p.Key != "actionName"), p => Assert.StartsWith("item/", p.Key));
        return parameters.Where(p => p.Key != "actionName").ToDictionary(p => p.Key["item/".Length..], p => p.Value);
    }

    private (string Name, JsonNode Loop) Loop()
    {
        var (callName, _) = UnboundActions().Single();
        var loop = Definition["actions"]!.AsObject().Single(a => (string?)a.Value!["type"] == "Until" && a.Value!["actions"]!.AsObject().ContainsKey(callName));
        return (loop.Key, loop.Value!);
    }

    private JsonNode? InitialValue(string variable) =>
        Definition["actions"]!.AsObject().Where(a => (string?)a.Value!["type"] == "InitializeVariable")
            .SelectMany(a => a.Value!["inputs"]!["variables"]!.AsArray())
            .Single(v => (string?)v!["name"] == variable)!["value"];

    /// <summary>JSON text with quotes and apostrophes as written, so expressions can be searched.</summary>
    private static string Text(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string? VariableOf(string expression) => Regex.Match(expression, @"^@variables\('(\w+)'\)$") is { Success: true } m ? m.Groups[1].Value : null;

    private static bool IsExpression(JsonValue value) => value.GetValueKind() == JsonValueKind.String && ((string)value!).StartsWith('@');

    private static JsonValueKind JsonKindOf(Type type) =>
        type == typeof(string) || type == typeof(DateTime) || type == typeof(Guid) ? JsonValueKind.String : JsonValueKind.Number;

    /// <summary>The run-after states of the first top-level action that follows the loop.</summary>
    private static IReadOnlyList<string> AfterLoop(JsonObject actions, string loopName) =>
        actions.Select(a => a.Value!["runAfter"]?[loopName]).OfType<JsonArray>().Single().Select(s => (string)s!).ToList();

    /// <summary>Whether <paramref name="from"/> runs (directly or through its predecessors) after <paramref name="target"/>.</summary>
    private static bool Reaches(JsonObject actions, string from, string target)
    {
        var pending = new Stack<string>(new[] { from });
        var seen = new HashSet<string>();
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var (predecessor, _) in actions[current]?["runAfter"]?.AsObject() ?? new JsonObject())
            {
                if (predecessor == target)
                {
                    return true;
                }

                if (seen.Add(predecessor))
                {
                    pending.Push(predecessor);
                }
            }
        }

        return false;
    }

    private static IEnumerable<KeyValuePair<string, JsonNode>> AllActions(JsonObject actions) =>
        Scopes(actions).SelectMany(s => s).Select(a => new KeyValuePair<string, JsonNode>(a.Key, a.Value!));

    /// <summary>Every actions object: the top level, loop bodies and both branches of each If.</summary>
    private static IEnumerable<JsonObject> Scopes(JsonObject actions)
    {
        yield return actions;
        foreach (var (_, action) in actions)
        {
            foreach (var inner in new[] { action!["actions"], action["else"]?["actions"] }.OfType<JsonObject>())
            {
                foreach (var scope in Scopes(inner))
                {
                    yield return scope;
                }
            }
        }
    }
}
