using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace CrmTiering.Emulator.Security;

/// <summary>
/// Reads a security role in the solution-file format (SolutionPackager's Roles/*.xml):
/// <c>&lt;Role id="{…}" name="…"&gt;&lt;RolePrivileges&gt;&lt;RolePrivilege name="prvReadAccount" level="Global" /&gt;…</c>.
/// Levels are the platform's Basic, Local, Deep and Global. Generic: nothing here knows a product.
/// </summary>
public static class RoleFile
{
    /// <summary>{0} the level found, {1} the privilege.</summary>
    public const string UnknownLevelMessage = "Unknown privilege level '{0}' for '{1}' (expected Basic, Local, Deep or Global).";

    public const string NotARoleMessage = "The document is not a security role: its root element must be <Role> with a name.";

    public static SecurityRole Load(string path) => Parse(File.ReadAllText(path));

    public static SecurityRole Parse(string xml)
    {
        var root = XDocument.Parse(xml).Root;
        var name = root?.Attribute("name")?.Value;
        if (root is null || root.Name.LocalName != "Role" || string.IsNullOrEmpty(name))
        {
            throw new FormatException(NotARoleMessage);
        }

        // A role without an id in the file still needs one; derive it from the name so reloading gives the same role.
        var id = Guid.TryParse(root.Attribute("id")?.Value, out var given) ? given : PrivilegeIds.For("role:" + name);
        var privileges = root.Elements().Where(e => e.Name.LocalName == "RolePrivileges")
            .SelectMany(e => e.Elements().Where(p => p.Name.LocalName == "RolePrivilege"))
            .Select(ReadPrivilege)
            .ToList();
        return new SecurityRole(id, name!, privileges);
    }

    /// <summary>The level a role file writes for a depth (the inverse of reading it).</summary>
    public static string LevelOf(PrivilegeDepth depth) => depth switch
    {
        PrivilegeDepth.User => "Basic",
        PrivilegeDepth.BusinessUnit => "Local",
        PrivilegeDepth.ParentChildBusinessUnits => "Deep",
        _ => "Global",
    };

    private static KeyValuePair<string, PrivilegeDepth> ReadPrivilege(XElement element)
    {
        var name = element.Attribute("name")?.Value;
        if (string.IsNullOrEmpty(name))
        {
            throw new FormatException("A RolePrivilege needs a name.");
        }

        var level = element.Attribute("level")?.Value ?? string.Empty;
        PrivilegeDepth depth = level switch
        {
            "Basic" => PrivilegeDepth.User,
            "Local" => PrivilegeDepth.BusinessUnit,
            "Deep" => PrivilegeDepth.ParentChildBusinessUnits,
            "Global" => PrivilegeDepth.Organization,
            _ => throw new FormatException(string.Format(System.Globalization.CultureInfo.InvariantCulture, UnknownLevelMessage, level, name)),
        };
        return new KeyValuePair<string, PrivilegeDepth>(name!, depth);
    }
}
