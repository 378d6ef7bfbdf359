using System;
using System.Collections.Generic;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Security;

/// <summary>
/// Who belongs where and who may read what. Users, teams and business units are rows in the store
/// (so plugins read them as on the platform: parentsystemuserid, isdisabled, businessunitid);
/// the directory adds what the store does not model: team membership, read depths, security roles
/// and who holds them. SYSTEM holds no role: it is exempt from privilege checks, not granted them.
/// </summary>
public sealed class OrganizationDirectory
{
    private readonly DataStore _store;
    private readonly Dictionary<Guid, HashSet<Guid>> _teamsByUser = new();
    private readonly Dictionary<Guid, ReadDepth> _defaultDepthByUser = new();
    private readonly Dictionary<(Guid User, string Table), ReadDepth> _depthByUserAndTable = new();
    private readonly Dictionary<Guid, SecurityRole> _roles = new();
    private readonly Dictionary<Guid, List<Guid>> _roleIdsByUser = new();

    internal OrganizationDirectory(DataStore store, Guid systemUserId, Guid rootBusinessUnitId)
    {
        _store = store;
        SystemUserId = systemUserId;
        RootBusinessUnitId = rootBusinessUnitId;
    }

    public Guid SystemUserId { get; }

    public Guid RootBusinessUnitId { get; }

    /// <summary>Users get this depth on every table unless told otherwise.</summary>
    public ReadDepth DefaultReadDepth { get; set; } = ReadDepth.Organization;

    public void SetReadDepth(Guid userId, string table, ReadDepth depth) => _depthByUserAndTable[(userId, table)] = depth;

    public void SetDefaultReadDepth(Guid userId, ReadDepth depth) => _defaultDepthByUser[userId] = depth;

    public ReadDepth ReadDepthOf(Guid userId, string table)
    {
        if (_depthByUserAndTable.TryGetValue((userId, table), out var depth))
        {
            return depth;
        }

        return _defaultDepthByUser.TryGetValue(userId, out var userDefault) ? userDefault : DefaultReadDepth;
    }

    public void AddTeamMember(Guid teamId, Guid userId)
    {
        if (!_teamsByUser.TryGetValue(userId, out var teams))
        {
            teams = new HashSet<Guid>();
            _teamsByUser[userId] = teams;
        }

        teams.Add(teamId);
    }

    public IReadOnlyCollection<Guid> TeamsOf(Guid userId) =>
        _teamsByUser.TryGetValue(userId, out var teams) ? teams : (IReadOnlyCollection<Guid>)Array.Empty<Guid>();

    /// <summary>The business unit of a user or team (the root one when unknown).</summary>
    public Guid BusinessUnitOf(EntityReference principal)
    {
        var table = principal.LogicalName == StandardTables.Team ? StandardTables.Team : StandardTables.SystemUser;
        return _store.Find(table, principal.Id)?["businessunitid"] is EntityReference unit ? unit.Id : RootBusinessUnitId;
    }

    public Guid BusinessUnitOfUser(Guid userId) => BusinessUnitOf(new EntityReference(StandardTables.SystemUser, userId));

    /// <summary>The roles of the organisation.</summary>
    public IReadOnlyCollection<SecurityRole> Roles => _roles.Values;

    /// <summary>Adds a role (adding the same role again is a no-op) and returns its id.</summary>
    public Guid AddRole(SecurityRole role)
    {
        if (role is null)
        {
            throw new ArgumentNullException(nameof(role));
        }

        if (_roles.TryGetValue(role.Id, out var existing) && !ReferenceEquals(existing, role) && existing.Name != role.Name)
        {
            throw new InvalidOperationException($"A different role already has the id {role.Id}: '{existing.Name}'.");
        }

        _roles[role.Id] = role;
        return role.Id;
    }

    public SecurityRole? FindRole(Guid roleId) => _roles.TryGetValue(roleId, out var role) ? role : null;

    public SecurityRole? FindRole(string name)
    {
        foreach (var role in _roles.Values)
        {
            if (string.Equals(role.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>Gives a user a role of the organisation (as the platform's Manage Roles / systemuserroles).</summary>
    public void AssignRole(Guid userId, Guid roleId)
    {
        if (!_roles.ContainsKey(roleId))
        {
            throw new ArgumentException($"The organisation has no role with id {roleId}; add it first.", nameof(roleId));
        }

        if (!_roleIdsByUser.TryGetValue(userId, out var held))
        {
            held = new List<Guid>();
            _roleIdsByUser[userId] = held;
        }

        if (!held.Contains(roleId))
        {
            held.Add(roleId);
        }
    }

    public IReadOnlyList<SecurityRole> RolesOf(Guid userId) =>
        _roleIdsByUser.TryGetValue(userId, out var held) ? held.ConvertAll(id => _roles[id]) : new List<SecurityRole>();

    /// <summary>The deepest level at which any of the user's roles holds the privilege, or null (roles of teams are not modelled).</summary>
    public PrivilegeDepth? PrivilegeDepthOf(Guid userId, string privilegeName)
    {
        PrivilegeDepth? deepest = null;
        foreach (var role in RolesOf(userId))
        {
            if (role.DepthOf(privilegeName) is PrivilegeDepth depth && (deepest is null || depth > deepest))
            {
                deepest = depth;
            }
        }

        return deepest;
    }

    /// <summary>True when one of the user's roles holds the privilege at any depth. False for SYSTEM, which holds no role.</summary>
    public bool HasPrivilege(Guid userId, string privilegeName) => PrivilegeDepthOf(userId, privilegeName) is not null;

    /// <summary>True when the unit is the given one or lies below it.</summary>
    public bool IsWithin(Guid unitId, Guid ancestorId)
    {
        var seen = new HashSet<Guid>();
        for (Guid? current = unitId; current is Guid id && seen.Add(id); current = (_store.Find(StandardTables.BusinessUnit, id)?["parentbusinessunitid"] as EntityReference)?.Id)
        {
            if (id == ancestorId)
            {
                return true;
            }
        }

        return false;
    }
}
