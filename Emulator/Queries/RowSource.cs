using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Store;

namespace CrmTiering.Emulator.Queries;

/// <summary>
/// Where a query reads a table's rows. Every table is its store table, except activitypointer,
/// which (as on the platform) shows every row of every activity table, with activitytypecode
/// naming the table. The view is read-only.
/// </summary>
internal sealed class RowSource
{
    public const string ActivityTypeColumn = "activitytypecode";

    private readonly EmulatedOrganization _organization;

    public RowSource(EmulatedOrganization organization)
    {
        _organization = organization;
    }

    public static bool IsView(string table) => table == StandardTables.ActivityPointer;

    public IEnumerable<StoredRow> All(string table) => IsView(table)
        ? ActivityTables().SelectMany(t => _organization.Store.TableFor(t).Rows.Select(AsActivity))
        : _organization.Store.TableFor(table).Rows;

    public StoredRow? Find(string table, Guid id)
    {
        if (!IsView(table))
        {
            return _organization.Store.Find(table, id);
        }

        return ActivityTables().Select(t => _organization.Store.Find(t, id)).FirstOrDefault(r => r is not null) is StoredRow row
            ? AsActivity(row)
            : null;
    }

    /// <summary>Ids of a store table's rows whose column equals the value (not the activity view): the index's own set.</summary>
    public IReadOnlySet<Guid> IdsWhere(string table, string column, object? value) => _organization.Store.TableFor(table).IdsWhere(column, value);

    /// <summary>A store table's ids in SQL Server's order after <paramref name="after"/> (exclusive), or all.</summary>
    public IEnumerable<Guid> IdsInOrder(string table, Guid? after) => _organization.Store.TableFor(table).IdsInOrder(after);

    public int CountOf(string table) => _organization.Store.TableFor(table).Count;

    public IEnumerable<StoredRow> Where(string table, string column, object? value)
    {
        if (!IsView(table))
        {
            var rows = _organization.Store.TableFor(table);
            return rows.IdsWhere(column, value).Select(id => rows.Find(id)!).ToList();
        }

        return ActivityTables()
            .SelectMany(t => Where(t, column, value))
            .Select(AsActivity)
            .ToList();
    }

    private IEnumerable<string> ActivityTables() =>
        _organization.Tables.Declared.Where(t => t.IsActivity).Select(t => t.LogicalName).ToList();

    private static StoredRow AsActivity(StoredRow row)
    {
        var values = new Dictionary<string, object?>(row.Values, StringComparer.Ordinal) { [ActivityTypeColumn] = row.Table };
        return new StoredRow(StandardTables.ActivityPointer, row.Id, row.Version, values);
    }
}
