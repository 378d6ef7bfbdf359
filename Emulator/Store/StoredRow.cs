using System;
using System.Collections.Generic;

namespace CrmTiering.Emulator.Store;

/// <summary>
/// One stored row. Never changed once in a table: a write stores a new row, so the undo log can
/// keep the old one and readers never see a half-applied write.
/// </summary>
internal sealed class StoredRow
{
    public StoredRow(string table, Guid id, long version, Dictionary<string, object?> values)
    {
        Table = table;
        Id = id;
        Version = version;
        Values = values;
    }

    public string Table { get; }

    public Guid Id { get; }

    /// <summary>The RowVersion (as the platform's versionnumber): rises with every write in the organisation.</summary>
    public long Version { get; }

    public Dictionary<string, object?> Values { get; }

    public string RowVersion => Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public object? this[string column] => Values.TryGetValue(column, out var value) ? value : null;
}
