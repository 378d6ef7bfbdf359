using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmTiering.Emulator.WebApi;

/// <summary>
/// Entity set names (the URL's collection names) ↔ table logical names. The platform's EntitySetName
/// is the table's plural collection name: accounts, opportunities, invoices, systemusers,
/// transactioncurrencies, environmentvariabledefinitions, ctier_tierchanges ("Web API entity types":
/// EntitySetName). English plural rules give every name the emulated tables have.
/// </summary>
public sealed class EntitySetNames
{
    private readonly EmulatedOrganization _organization;

    public EntitySetNames(EmulatedOrganization organization)
    {
        _organization = organization;
    }

    public static string SetNameOf(string logicalName)
    {
        if (logicalName.EndsWith("y", StringComparison.Ordinal) && logicalName.Length > 1 && !"aeiou".Contains(logicalName[^2]))
        {
            return logicalName[..^1] + "ies";
        }

        if (logicalName.EndsWith("s", StringComparison.Ordinal) || logicalName.EndsWith("x", StringComparison.Ordinal)
            || logicalName.EndsWith("ch", StringComparison.Ordinal) || logicalName.EndsWith("sh", StringComparison.Ordinal))
        {
            return logicalName + "es";
        }

        return logicalName + "s";
    }

    /// <summary>The table an entity set names, or null when the organisation has no such table.</summary>
    public string? TableOf(string setName)
    {
        foreach (var table in KnownTables())
        {
            if (string.Equals(SetNameOf(table), setName, StringComparison.Ordinal)) return table;
        }

        return null;
    }

    private IEnumerable<string> KnownTables() =>
        _organization.Tables.Declared.Select(t => t.LogicalName).Concat(_organization.Store.Tables.Select(t => t.LogicalName)).Distinct(StringComparer.Ordinal);
}
