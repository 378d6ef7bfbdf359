using System;
using System.Collections.Generic;

namespace CrmTiering.Emulator.Security;

/// <summary>
/// A security role: privileges by name, each at a depth. Immutable, so one definition (e.g. from
/// <see cref="StandardRoles"/>) can be added to many organisations.
/// </summary>
public sealed class SecurityRole
{
    private readonly Dictionary<string, PrivilegeDepth> _privileges;

    public SecurityRole(Guid id, string name, IEnumerable<KeyValuePair<string, PrivilegeDepth>> privileges)
        : this(id, name, privileges, holdsEveryPrivilege: false)
    {
    }

    private SecurityRole(Guid id, string name, IEnumerable<KeyValuePair<string, PrivilegeDepth>> privileges, bool holdsEveryPrivilege)
    {
        Id = id;
        Name = string.IsNullOrEmpty(name) ? throw new ArgumentException("A role needs a name.", nameof(name)) : name;
        HoldsEveryPrivilege = holdsEveryPrivilege;

        // Privilege names are case-insensitive on the platform (prvReadEnvironmentVariableValue vs. the table's lower-case name).
        _privileges = new Dictionary<string, PrivilegeDepth>(StringComparer.OrdinalIgnoreCase);
        foreach (var privilege in privileges ?? throw new ArgumentNullException(nameof(privileges)))
        {
            // A role lists a privilege once on the platform; if a file repeats it, the deeper level wins.
            _privileges[privilege.Key] = _privileges.TryGetValue(privilege.Key, out var held) && held > privilege.Value ? held : privilege.Value;
        }
    }

    public Guid Id { get; }

    public string Name { get; }

    /// <summary>True for a System Administrator-like role: every privilege, including ones no table declares, at Organization depth.</summary>
    public bool HoldsEveryPrivilege { get; }

    public IReadOnlyDictionary<string, PrivilegeDepth> Privileges => _privileges;

    /// <summary>A role that holds every privilege at Organization depth (what System Administrator is on the platform).</summary>
    public static SecurityRole WithEveryPrivilege(Guid id, string name, IEnumerable<KeyValuePair<string, PrivilegeDepth>> listed) =>
        new(id, name, listed, holdsEveryPrivilege: true);

    /// <summary>The depth this role holds the privilege at, or null when it does not hold it.</summary>
    public PrivilegeDepth? DepthOf(string privilegeName)
    {
        if (HoldsEveryPrivilege)
        {
            return PrivilegeDepth.Organization;
        }

        return _privileges.TryGetValue(privilegeName, out var depth) ? depth : null;
    }
}
