using System;
using System.Collections.Generic;

namespace CrmTiering.Emulator.Metadata;

/// <summary>
/// Table definitions by logical name. A table nobody declared gets a custom-table default:
/// primary key "{name}id", user-owned, statecode 0→1 / 1→2, no declared money or date-only columns
/// (money columns are still recognised by their <c>Money</c> values).
/// </summary>
public sealed class TableCatalog
{
    private readonly Dictionary<string, TableDefinition> _tables = new(StringComparer.Ordinal);

    public TableCatalog(IEnumerable<TableDefinition> definitions)
    {
        foreach (var definition in definitions)
        {
            Declare(definition);
        }
    }

    /// <summary>Adds or replaces a definition (a table a solution adds).</summary>
    public void Declare(TableDefinition definition) => _tables[definition.LogicalName] = definition;

    /// <summary>
    /// Adds money and date-only columns to a table (a solution's columns on a platform table, such as
    /// its own account columns); everything else about the table stays as declared.
    /// </summary>
    public void AddColumns(string logicalName, IEnumerable<string>? moneyColumns = null, IEnumerable<string>? dateOnlyColumns = null) =>
        _tables[logicalName] = Get(logicalName).WithColumns(moneyColumns, dateOnlyColumns);

    public bool IsDeclared(string logicalName) => _tables.ContainsKey(logicalName);

    private readonly Dictionary<string, RelationshipDefinition> _relationships = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Declares a relationship for Associate / Disassociate (an N:N one also declares its intersect table,
    /// organisation-owned, without state).
    /// </summary>
    public void DeclareRelationship(RelationshipDefinition relationship)
    {
        _relationships[relationship.SchemaName] = relationship;
        if (relationship.IsManyToMany && !IsDeclared(relationship.IntersectEntity!))
        {
            Declare(new TableDefinition(relationship.IntersectEntity!, ownership: TableOwnership.Organization));
        }
    }

    public RelationshipDefinition? Relationship(string schemaName) =>
        _relationships.TryGetValue(schemaName, out var relationship) ? relationship : null;

    public IEnumerable<TableDefinition> Declared => _tables.Values;

    public TableDefinition Get(string logicalName)
    {
        if (!_tables.TryGetValue(logicalName, out var definition))
        {
            definition = new TableDefinition(logicalName, defaultStatusByState: StandardTables.CustomTableStates());
            _tables[logicalName] = definition;
        }

        return definition;
    }
}
