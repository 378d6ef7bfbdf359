using System.Collections.Generic;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Queries;

/// <summary>
/// Builds the entity a caller receives from a stored row: copies of the requested columns that
/// have a value (the platform returns no attribute for a null), the primary key, Id and RowVersion.
/// </summary>
internal static class RowProjection
{
    public static Entity ToEntity(StoredRow row, TableDefinition table, bool allColumns, IEnumerable<string> columns)
    {
        var entity = new Entity(row.Table, row.Id) { RowVersion = row.RowVersion };
        if (allColumns)
        {
            foreach (var value in row.Values)
            {
                entity.Attributes[value.Key] = AttributeValues.Copy(value.Value);
            }
        }
        else
        {
            foreach (var column in columns)
            {
                if (row[column] is object value)
                {
                    entity.Attributes[column] = AttributeValues.Copy(value);
                }
            }
        }

        entity.Attributes[table.PrimaryIdColumn] = row.Id;
        return entity;
    }

    /// <summary>Adds a linked table's columns as AliasedValues keyed "alias.column" (or the FetchXML alias).</summary>
    public static void AddLinked(Entity entity, StoredRow row, SourceSpec source)
    {
        if (source.AllColumns)
        {
            foreach (var value in row.Values)
            {
                entity.Attributes[source.Alias + "." + value.Key] = new AliasedValue(row.Table, value.Key, AttributeValues.Copy(value.Value));
            }

            return;
        }

        foreach (var column in source.Columns)
        {
            if (row[column.Name] is object value)
            {
                entity.Attributes[column.Alias ?? source.Alias + "." + column.Name] = new AliasedValue(row.Table, column.Name, AttributeValues.Copy(value));
            }
        }
    }
}
