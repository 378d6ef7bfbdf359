using System;
using System.Xml.Linq;
using CrmTiering.Emulator.CustomApi;
using CrmTiering.Plugins;
using CrmTiering.Plugins.CustomApi;

namespace CrmTiering.Cli.Simulate;

/// <summary>
/// The emulator's definition of the Custom API <c>ctier_RecalculateTiers</c>, from the plug-in's
/// own contract (<see cref="RecalculateTiersApi"/>): parameter names, types and optionality as
/// Solution/src/customapis declares them; the execute privilege is read from the shipped
/// customapi.xml (embedded in this assembly), so the simulation enforces what is imported.
/// </summary>
public static class RecalculationApiDefinition
{
    /// <summary>The logical name of the embedded Solution/src/customapis/ctier_RecalculateTiers/customapi.xml.</summary>
    public const string ShippedDefinitionResource = "CrmTiering.Cli.Simulate.customapi.xml";

    public static CustomApiDefinition Create()
    {
        var api = new CustomApiDefinition(RecalculateTiersApi.UniqueName, typeof(RecalculateTiers)) { ExecutePrivilegeName = ShippedExecutePrivilege() };
        api.RequestParameters.Add(new CustomApiParameter(RecalculateTiersApi.Mode, typeof(string)));
        api.RequestParameters.Add(new CustomApiParameter(RecalculateTiersApi.From, typeof(DateTime), isOptional: true));
        api.RequestParameters.Add(new CustomApiParameter(RecalculateTiersApi.PageCookie, typeof(string), isOptional: true));
        api.RequestParameters.Add(new CustomApiParameter(RecalculateTiersApi.PageSize, typeof(int), isOptional: true));
        api.ResponseProperties.Add(new CustomApiParameter(RecalculateTiersApi.Processed, typeof(int), isOptional: true));
        api.ResponseProperties.Add(new CustomApiParameter(RecalculateTiersApi.Changed, typeof(int), isOptional: true));
        api.ResponseProperties.Add(new CustomApiParameter(RecalculateTiersApi.Queued, typeof(int), isOptional: true));
        api.ResponseProperties.Add(new CustomApiParameter(RecalculateTiersApi.Failed, typeof(int), isOptional: true));
        api.ResponseProperties.Add(new CustomApiParameter(RecalculateTiersApi.MoreRecords, typeof(bool), isOptional: true));
        api.ResponseProperties.Add(new CustomApiParameter(RecalculateTiersApi.PageCookie, typeof(string), isOptional: true));
        return api;
    }

    /// <summary>customapi.xml's executeprivilegename; empty means every user may call the API.</summary>
    public static string? ShippedExecutePrivilege()
    {
        using var stream = typeof(RecalculationApiDefinition).Assembly.GetManifestResourceStream(ShippedDefinitionResource)
            ?? throw new InvalidOperationException($"The shipped Custom API definition '{ShippedDefinitionResource}' is not embedded.");
        var name = XDocument.Load(stream).Root?.Element("executeprivilegename")?.Value?.Trim();
        return string.IsNullOrEmpty(name) ? null : name;
    }
}
