using System;
using System.Collections.Generic;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Security;

/// <summary>
/// Who belongs where and who may read what. Users, teams and business units are rows in the store
/// (so plugins read them as on the platform: parentsystemuserid, isdisabled, businessunitid);
/// the directory adds what the store does not model: team membership and read depths.
/// </summary>
public sealed class OrganizationDirectory
{
    private readonly DataStore store;
    private readonly Dictionary<Guid, HashSet<Guid>> teamsByUser = new();
    private readonly Dictionary<Guid, ReadDepth> defaultDepthByUser = new();
    private readonly Dictionary<(Guid User, string Table), ReadDepth> depthByUserAndTable = new();

    internal OrganizationDirectory(DataStore store, Guid systemUserId, Guid rootBusinessUnitId)
    {
        this.store = store;
        SystemUserId = systemUserId;
        RootBusinessUnitId = rootBusinessUnitId;
    }

    public Guid SystemUserId { get; }

    public Guid RootBusinessUnitId { get; }

    /// <summary>Users get this depth on every table unless told otherwise.</summary>
    public ReadDepth DefaultReadDepth { get; set; } = ReadDepth.Organization;

    public void SetReadDepth(Guid userId, string table, ReadDepth depth) => depthByUserAndTable[(userId, table)] = depth;

    public void SetDefaultReadDepth(Guid userId, ReadDepth depth) => defaultDepthByUser[userId] = depth;

    public ReadDepth ReadDepthOf(Guid userId, string table)
    {
        if (depthByUserAndTable.TryGetValue((userId, table), out var depth))
        {
            return depth;
        }

        return defaultDepthByUser.TryGetValue(userId, out var userDefault) ? userDefault : DefaultReadDepth;
    }

    public void AddTeamMember(Guid teamId, Guid userId)
    {
        if (!teamsByUser.TryGetValue(userId, out var teams))
        {
            teams = new HashSet<Guid>();
            teamsByUser[userId] = teams;
        }

        teams.Add(teamId);
    }

    public IReadOnlyCollection<Guid> TeamsOf(Guid userId) =>
        teamsByUser.TryGetValue(userId, out var teams) ? teams : (IReadOnlyCollection<Guid>)Array.Empty<Guid>();

    /// <summary>The business unit of a user or team (the root one when unknown).</summary>
    public Guid BusinessUnitOf(EntityReference principal)
    {
        var table = principal.LogicalName == StandardTables.Team ? StandardTables.Team : StandardTables.SystemUser;
        return store.Find(table, principal.Id)?["businessunitid"] is EntityReference unit ? unit.Id : RootBusinessUnitId;
    }

    public Guid BusinessUnitOfUser(Guid userId) => BusinessUnitOf(new EntityReference(StandardTables.SystemUser, userId));
}
