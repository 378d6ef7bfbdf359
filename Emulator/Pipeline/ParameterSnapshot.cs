using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>Copies of parameter collections (entities copied one level deep), for queued jobs and split updates.</summary>
internal static class ParameterSnapshot
{
    public static ParameterCollection Of(ParameterCollection parameters)
    {
        var copy = new ParameterCollection();
        foreach (var parameter in parameters)
        {
            copy[parameter.Key] = parameter.Value is Entity entity ? Copy(entity) : parameter.Value;
        }

        return copy;
    }

    private static Entity Copy(Entity entity)
    {
        var copy = new Entity(entity.LogicalName, entity.Id) { RowVersion = entity.RowVersion };
        foreach (var attribute in entity.Attributes)
        {
            copy[attribute.Key] = attribute.Value;
        }

        return copy;
    }
}
