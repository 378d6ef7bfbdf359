using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Security;

/// <summary>Which rows of one table one caller may read, decided once per request.</summary>
internal sealed class ReadAccess
{
    private readonly ReadDepth _depth;
    private readonly Guid _userId;
    private readonly Guid _businessUnitId;
    private readonly IReadOnlyCollection<Guid> _teamIds;

    private ReadAccess(ReadDepth depth, Guid userId, Guid businessUnitId, IReadOnlyCollection<Guid> teamIds)
    {
        _depth = depth;
        _userId = userId;
        _businessUnitId = businessUnitId;
        _teamIds = teamIds;
    }

    public bool SeesEverything => _depth == ReadDepth.Organization;

    public static ReadAccess For(CallerContext caller, TableDefinition table, OrganizationDirectory directory)
    {
        if (caller.IsSystem || caller.UserId == directory.SystemUserId)
        {
            return new ReadAccess(ReadDepth.Organization, caller.UserId, Guid.Empty, Array.Empty<Guid>());
        }

        var depth = directory.ReadDepthOf(caller.UserId, table.LogicalName);
        if (table.Ownership == TableOwnership.Organization && depth != ReadDepth.None)
        {
            depth = ReadDepth.Organization;
        }

        return new ReadAccess(depth, caller.UserId, directory.BusinessUnitOfUser(caller.UserId), directory.TeamsOf(caller.UserId));
    }

    public bool CanRead(StoredRow row)
    {
        switch (_depth)
        {
            case ReadDepth.Organization:
                return true;
            case ReadDepth.None:
                return false;
        }

        var owner = row["ownerid"] as EntityReference;
        if (owner is not null && (owner.Id == _userId || _teamIds.Contains(owner.Id)))
        {
            return true;
        }

        return _depth == ReadDepth.BusinessUnit
            && row["owningbusinessunit"] is EntityReference unit
            && unit.Id == _businessUnitId;
    }
}
