using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CrmTiering.Emulator.CustomApi;
using CrmTiering.Plugins.Tests.Foundation;

namespace CrmTiering.Plugins.Tests.CustomApi;

/// <summary>
/// Builds the emulator's Custom API from the definition the solution ships
/// (Solution/src/customapis/&lt;name&gt;): the backing type, each parameter's name, type and
/// optionality, each response property, the execute privilege. What is tested is what is imported.
/// </summary>
public static class ShippedCustomApi
{
    public static CustomApiDefinition Load(string uniqueName)
    {
        var folder = Path.Combine(RepositoryLayout.Root, "Solution", "src", "customapis", uniqueName);
        var api = XDocument.Load(Path.Combine(folder, "customapi.xml")).Root!;
        var typeName = api.Element("plugintypeid")!.Attribute("typename")!.Value;
        var pluginType = typeof(RecalculateTiers).Assembly.GetType(typeName, throwOnError: true)!;
        var definition = new CustomApiDefinition(uniqueName, pluginType) { ExecutePrivilegeName = ExecutePrivilegeOf(api) };
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "customapirequestparameters"), "*.xml", SearchOption.AllDirectories))
        {
            var parameter = XDocument.Load(file).Root!;
            definition.RequestParameters.Add(new CustomApiParameter(
                parameter.Attribute("uniquename")!.Value, TypeOf(parameter), parameter.Element("isoptional")?.Value == "1"));
        }

        foreach (var file in Directory.GetFiles(Path.Combine(folder, "customapiresponseproperties"), "*.xml", SearchOption.AllDirectories))
        {
            var property = XDocument.Load(file).Root!;
            definition.ResponseProperties.Add(new CustomApiParameter(property.Attribute("uniquename")!.Value, TypeOf(property), isOptional: true));
        }

        return definition;
    }

    /// <summary>The shipped execute privilege (empty element = none: every user may call the API).</summary>
    public static string? ExecutePrivilegeOf(XElement api) =>
        api.Element("executeprivilegename")?.Value is { Length: > 0 } name ? name.Trim() : null;

    /// <summary>The platform's customapifieldtype values this API uses.</summary>
    private static Type TypeOf(XElement field) => int.Parse(field.Element("type")!.Value) switch
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
