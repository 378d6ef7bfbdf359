using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace CrmTiering.Emulator.Metadata;

/// <summary>
/// Column metadata every Dataverse table shares, so the emulator knows it without a declaration:
/// primary name columns of platform tables (the table references: contact and systemuser use
/// fullname, activities subject, transactioncurrency currencyname, everything else name, custom
/// tables "{prefix}_name") and labels of statecode on the platform tables the product reads.
/// </summary>
public static class PlatformColumns
{
    private static readonly FrozenDictionary<string, string> PrimaryNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["contact"] = "fullname",
        ["systemuser"] = "fullname",
        ["lead"] = "fullname",
        ["transactioncurrency"] = "currencyname",
        ["task"] = "subject",
        ["email"] = "subject",
        ["phonecall"] = "subject",
        ["appointment"] = "subject",
        ["opportunityclose"] = "subject",
        ["activitypointer"] = "subject",
        ["annotation"] = "subject",
        ["environmentvariabledefinition"] = "displayname",
        ["environmentvariablevalue"] = "schemaname",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>No default labels: a table declares its choices' labels (statecode included) with DeclareChoice.</summary>
    internal static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<int, string>> StandardChoices =
        new Dictionary<string, IReadOnlyDictionary<int, string>>(StringComparer.Ordinal);

    public static string PrimaryNameOf(string logicalName)
    {
        if (PrimaryNames.TryGetValue(logicalName, out var name))
        {
            return name;
        }

        var underscore = logicalName.IndexOf('_', StringComparison.Ordinal);
        return underscore > 0 ? logicalName[..underscore] + "_name" : "name";
    }
}
