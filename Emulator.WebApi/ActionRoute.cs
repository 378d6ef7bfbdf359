using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrmTiering.Emulator.CustomApi;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.WebApi;

/// <summary>
/// Functions and actions ("Use Web API functions", "Use Web API actions", "WhoAmI function"):
/// <c>GET WhoAmI</c> answers UserId, BusinessUnitId and OrganizationId of the token's user; an unbound
/// Custom API is <c>POST {UniqueName}</c> with its request parameters as a JSON object, answered with its
/// response properties (200) or 204 when it declares none. The Custom API's plug-in runs through the
/// emulator's pipeline as the caller, so its privileges, transaction and faults are the real ones.
/// </summary>
public sealed class ActionRoute
{
    public const string WhoAmI = "WhoAmI";

    private readonly WebApiContext _context;

    public ActionRoute(WebApiContext context)
    {
        _context = context;
    }

    public CustomApiDefinition? Find(string name) =>
        _context.Options.Actions.FirstOrDefault(a => string.Equals(a.UniqueName, name, StringComparison.Ordinal));

    public WebApiResponse WhoAmIFunction()
    {
        var results = _context.Service.Execute(new OrganizationRequest(WhoAmI)).Results;
        var body = new JsonObject { ["@odata.context"] = _context.ServiceRoot + "$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse" };
        foreach (var name in new[] { "BusinessUnitId", "UserId", "OrganizationId" })
        {
            body[name] = ((Guid)results[name]).ToString("D");
        }

        return WebApiResponse.Json(200, body);
    }

    public WebApiResponse Execute(CustomApiDefinition api, WebApiRequest request)
    {
        var message = new OrganizationRequest(api.UniqueName);
        JsonObject parameters;
        try
        {
            parameters = JsonNode.Parse(string.IsNullOrWhiteSpace(request.Body) ? "{}" : request.Body) as JsonObject
                ?? throw WebApiRequestException.BadRequest("An action's body must be a JSON object of its parameters.");
        }
        catch (JsonException e)
        {
            throw WebApiRequestException.BadRequest("The request body is not valid JSON: " + e.Message);
        }

        foreach (var (name, node) in parameters)
        {
            if (name.Contains('@', StringComparison.Ordinal)) continue;
            var declared = api.RequestParameters.FirstOrDefault(p => p.UniqueName == name);
            // An undeclared name goes through as text: the Custom API itself refuses it (InvalidArgument), as the platform does.
            message[name] = node is null ? null : Convert(name, node, declared?.Type ?? typeof(string));
        }

        var results = _context.Service.Execute(message).Results;
        if (api.ResponseProperties.Count == 0) return WebApiResponse.NoContent();
        var body = new JsonObject { ["@odata.context"] = _context.ServiceRoot + "$metadata#Microsoft.Dynamics.CRM." + api.UniqueName + "Response" };
        foreach (var property in api.ResponseProperties)
        {
            body[property.UniqueName] = results.TryGetValue(property.UniqueName, out var value) ? Json(value) : null;
        }

        return WebApiResponse.Json(200, body);
    }

    private static object? Convert(string name, JsonNode node, Type type)
    {
        try
        {
            var value = node.AsValue();
            if (type == typeof(string)) return value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : node.ToJsonString();
            if (type == typeof(int)) return value.GetValue<int>();
            if (type == typeof(bool)) return value.GetValue<bool>();
            if (type == typeof(decimal)) return value.GetValue<decimal>();
            if (type == typeof(double)) return value.GetValue<double>();
            if (type == typeof(Guid)) return Guid.Parse(value.GetValue<string>());
            if (type == typeof(DateTime))
            {
                return DateTime.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            }

            if (type == typeof(Money)) return new Money(value.GetValue<decimal>());
            throw WebApiRequestException.Unsupported($"The parameter '{name}' has a type ({type.Name}) the emulator's Web API does not convert.");
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or OverflowException)
        {
            throw WebApiRequestException.BadRequest($"The parameter '{name}' must be a {type.Name}: {e.Message}");
        }
    }

    private static JsonNode? Json(object? value) => value switch
    {
        null => null,
        string text => text,
        int number => number,
        long number => number,
        bool flag => flag,
        decimal number => number,
        double number => number,
        Guid id => id.ToString("D"),
        DateTime instant => DateTime.SpecifyKind(instant, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        Money money => money.Value,
        EntityReference reference => new JsonObject { ["@odata.type"] = "#Microsoft.Dynamics.CRM." + reference.LogicalName, ["id"] = reference.Id.ToString("D") },
        _ => value.ToString(),
    };
}
