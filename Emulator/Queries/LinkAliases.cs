using System.Collections.Generic;

namespace CrmTiering.Emulator.Queries;

/// <summary>
/// Names links that have no alias as the platform does: the table's name and a running number
/// per table ("contact1", "contact2").
/// </summary>
internal sealed class LinkAliases
{
    private readonly Dictionary<string, int> _countByTable = new();

    public string For(string? alias, string table)
    {
        if (!string.IsNullOrEmpty(alias))
        {
            return alias;
        }

        _countByTable[table] = _countByTable.GetValueOrDefault(table) + 1;
        return table + _countByTable[table];
    }
}
