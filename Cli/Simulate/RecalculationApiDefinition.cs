extern alias plugins;

using System;
using CrmTiering.Emulator.CustomApi;
using plugins::CrmTiering.Plugins;
using plugins::CrmTiering.Plugins.CustomApi;

namespace CrmTiering.Cli.Simulate;

/// <summary>
/// The emulator's definition of the Custom API <c>ctier_RecalculateTiers</c>, from the plug-in's
/// own contract (<see cref="RecalculateTiersApi"/>): parameter names, types and optionality as
/// Solution/src/customapis declares them.
/// </summary>
public static class RecalculationApiDefinition
{
    public static CustomApiDefinition Create()
    {
        var api = new CustomApiDefinition(RecalculateTiersApi.UniqueName, typeof(RecalculateTiers));
        api.RequestParameters.Add(new CustomApiParameter(RecalculateTiersApi.Mode, typeof(string)));
        api.RequestParameters.Add(new CustomApiParameter(RecalculateTiersApi.From, typeof(DateTime), isOptional: true));
        api.RequestParameters.Add(new CustomApiParameter(RecalculateTiersApi.PageCookie, typeof(string), isOptional: true));
        api.RequestParameters.Add(new CustomApiParameter(RecalculateTiersApi.PageSize, typeof(int), isOptional: true));
        api.ResponseProperties.Add(new CustomApiParameter(RecalculateTiersApi.Processed, typeof(int), isOptional: true));
        api.ResponseProperties.Add(new CustomApiParameter(RecalculateTiersApi.Changed, typeof(int), isOptional: true));
        api.ResponseProperties.Add(new CustomApiParameter(RecalculateTiersApi.Failed, typeof(int), isOptional: true));
        api.ResponseProperties.Add(new CustomApiParameter(RecalculateTiersApi.MoreRecords, typeof(bool), isOptional: true));
        api.ResponseProperties.Add(new CustomApiParameter(RecalculateTiersApi.PageCookie, typeof(string), isOptional: true));
        return api;
    }
}
