using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Store;

/// <summary>
/// Copies attribute values so that no caller ever holds an object that is also held by the store
/// (the platform serialises every value across the wire, so a caller's change never leaks in).
/// </summary>
internal static class AttributeValues
{
    public static object? Copy(object? value) => value switch
    {
        null => null,
        Money money => new Money(money.Value),
        OptionSetValue option => new OptionSetValue(option.Value),
        EntityReference reference => CopyReference(reference),
        OptionSetValueCollection options => new OptionSetValueCollection(options.Select(o => new OptionSetValue(o.Value)).ToList()),
        EntityCollection collection => CopyCollection(collection),
        Entity entity => CopyEntity(entity),
        AliasedValue aliased => new AliasedValue(aliased.EntityLogicalName, aliased.AttributeLogicalName, Copy(aliased.Value)),
        byte[] bytes => (byte[])bytes.Clone(),
        _ => value,
    };

    public static EntityReference CopyReference(EntityReference reference) =>
        new(reference.LogicalName, reference.Id) { Name = reference.Name };

    public static Entity CopyEntity(Entity entity)
    {
        var copy = new Entity(entity.LogicalName, entity.Id) { RowVersion = entity.RowVersion };
        foreach (var attribute in entity.Attributes)
        {
            copy.Attributes[attribute.Key] = Copy(attribute.Value);
        }

        return copy;
    }

    private static EntityCollection CopyCollection(EntityCollection collection)
    {
        var copy = new EntityCollection { EntityName = collection.EntityName };
        foreach (var entity in collection.Entities)
        {
            copy.Entities.Add(CopyEntity(entity));
        }

        return copy;
    }

    /// <summary>UserLocal date-times are instants: a local time becomes UTC, an unspecified one is taken as UTC.</summary>
    public static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    /// <summary>DateOnly columns keep the calendar date as given, at midnight (kind UTC so no conversion ever shifts it).</summary>
    public static DateTime AsDate(DateTime value) => DateTime.SpecifyKind(value.Date, DateTimeKind.Utc);
}
