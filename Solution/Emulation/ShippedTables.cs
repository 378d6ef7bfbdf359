using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CrmTiering.Emulator.Metadata;

namespace CrmTiering.Solution.Emulation;

/// <summary>
/// The solution's tables and columns from Solution/src/Entities/*/Entity.xml, as the emulator's
/// catalogue needs them: a table the solution adds is declared with its ownership
/// (OwnershipTypeMask) and the custom-table state defaults; on every table its money columns
/// (Type money, without the platform-derived _base twin) and its date-only columns
/// (Behavior 3 DateOnly, or a date-format column with Behavior 2 TimeZoneIndependent, which also
/// stores a date without conversion) are added.
/// </summary>
public static class ShippedTables
{
    private const int TimeZoneIndependent = 2;
    private const int DateOnly = 3;

    /// <summary>One shipped Entity.xml: the table, whether the solution adds it, its columns.</summary>
    public sealed record ShippedTable(string LogicalName, bool IsNew, TableOwnership Ownership, IReadOnlyList<string> MoneyColumns, IReadOnlyList<string> DateOnlyColumns);

    public static IReadOnlyList<ShippedTable> All() =>
        ShippedSources.Under("Entities").Where(p => p.EndsWith("/Entity.xml", StringComparison.Ordinal)).Select(p => Read(ShippedSources.Xml(p))).ToList();

    /// <summary>Declares the solution's tables and columns in the catalogue.</summary>
    public static void DeclareIn(TableCatalog catalog)
    {
        foreach (var table in All())
        {
            if (table.IsNew)
            {
                catalog.Declare(new TableDefinition(table.LogicalName, ownership: table.Ownership, defaultStatusByState: StandardTables.CustomTableStates()));
            }

            catalog.AddColumns(table.LogicalName, table.MoneyColumns, table.DateOnlyColumns);
        }
    }

    public static ShippedTable Read(XElement entity)
    {
        var name = entity.Element("Name")?.Value.Trim().ToLowerInvariant() ?? throw new FormatException("An Entity.xml needs a <Name>.");
        var info = entity.Element("EntityInfo")?.Element("entity") ?? throw new FormatException($"Entity.xml of {name} has no EntityInfo/entity.");
        var attributes = info.Element("attributes")?.Elements("attribute").ToList() ?? new List<XElement>();
        // A platform table's Entity.xml in a solution carries only the added columns, no ownership.
        var mask = info.Element("OwnershipTypeMask")?.Value.Trim();
        var ownership = mask switch
        {
            null => TableOwnership.User,
            "OrganizationOwned" => TableOwnership.Organization,
            "UserOwned" or "TeamOwned" => TableOwnership.User,
            _ => throw new FormatException($"Entity.xml of {name}: ownership '{mask}' is not modelled by the emulator."),
        };
        var money = attributes.Where(a => Text(a, "Type") == "money").Select(LogicalName)
            .Where(c => !c.EndsWith("_base", StringComparison.Ordinal)).ToList();
        var dateOnly = attributes.Where(a => Text(a, "Type") == "datetime" && IsDateOnly(a)).Select(LogicalName).ToList();
        return new ShippedTable(name, IsNew: mask is not null, ownership, money, dateOnly);
    }

    private static bool IsDateOnly(XElement attribute)
    {
        var behavior = int.TryParse(Text(attribute, "Behavior"), out var value) ? value : 1;
        return behavior == DateOnly || (behavior == TimeZoneIndependent && Text(attribute, "Format") == "date");
    }

    private static string LogicalName(XElement attribute) =>
        Text(attribute, "LogicalName") ?? throw new FormatException("An Entity.xml attribute needs a <LogicalName>.");

    private static string? Text(XElement element, string child) => element.Element(child)?.Value.Trim();
}
