using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CrmTiering.Emulator.CustomApi;
using CrmTiering.Plugins.Registration;

namespace CrmTiering.Solution.Emulation;

/// <summary>
/// The emulator's Custom APIs from Solution/src/customapis/&lt;name&gt;: the backing plug-in type
/// (customapi.xml's plugintypeid, resolved in the built plug-in assembly), each request parameter's
/// name, type and optionality, each response property's name and type, the execute privilege.
/// </summary>
public static class ShippedCustomApis
{
    private const string Folder = "customapis";

    public static IReadOnlyList<CustomApiDefinition> All() =>
        ShippedSources.Under(Folder).Where(p => p.EndsWith("/customapi.xml", StringComparison.Ordinal))
            .Select(p => p.Split('/')[1]).Select(Load).ToList();

    public static CustomApiDefinition Load(string uniqueName)
    {
        var folder = Folder + "/" + uniqueName + "/";
        var api = ShippedSources.Xml(folder + "customapi.xml");
        var typeName = api.Element("plugintypeid")?.Attribute("typename")?.Value
            ?? throw new FormatException($"{folder}customapi.xml names no plugintypeid typename.");
        var pluginType = typeof(TieringSteps).Assembly.GetType(typeName)
            ?? throw new InvalidOperationException($"{folder}customapi.xml names the plug-in type '{typeName}', which the built plug-in assembly lacks.");
        var definition = new CustomApiDefinition(uniqueName, pluginType) { ExecutePrivilegeName = ExecutePrivilegeOf(api) };
        foreach (var parameter in ShippedSources.Under(folder + "customapirequestparameters").Select(ShippedSources.Xml))
        {
            definition.RequestParameters.Add(new CustomApiParameter(UniqueName(parameter), TypeOf(parameter), parameter.Element("isoptional")?.Value.Trim() == "1"));
        }

        foreach (var property in ShippedSources.Under(folder + "customapiresponseproperties").Select(ShippedSources.Xml))
        {
            definition.ResponseProperties.Add(new CustomApiParameter(UniqueName(property), TypeOf(property), isOptional: true));
        }

        return definition;
    }

    /// <summary>The shipped execute privilege (empty element = none: every user may call the API).</summary>
    public static string? ExecutePrivilegeOf(XElement api) =>
        api.Element("executeprivilegename")?.Value is { Length: > 0 } name && name.Trim().Length > 0 ? name.Trim() : null;

    private static string UniqueName(XElement field) =>
        field.Attribute("uniquename")?.Value ?? throw new FormatException("A Custom API parameter or property needs a uniquename.");

    /// <summary>The platform's customapifieldtype values the emulator maps.</summary>
    private static Type TypeOf(XElement field) => int.Parse(field.Element("type")!.Value, System.Globalization.CultureInfo.InvariantCulture) switch
    {
        0 => typeof(bool),
        1 => typeof(DateTime),
        2 => typeof(decimal),
        7 => typeof(int),
        10 => typeof(string),
        12 => typeof(Guid),
        var other => throw new NotSupportedException($"Custom API field type {other} is not mapped for the emulator."),
    };
}
