using System;
using System.Linq;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Security;

/// <summary>
/// The privilege check of Create, Update (Write) and Delete for callers other than SYSTEM: the
/// caller's roles must hold prv{Action}{table} at a depth that reaches the row — User: owned by
/// the caller or one of their teams; BusinessUnit: the row's owningbusinessunit is the caller's;
/// ParentChildBusinessUnits: that unit or one below it; Organization: every row. Rows of an
/// organization-owned table are reached at any depth. Reads are not checked here (read depth
/// decides what a caller sees).
/// </summary>
internal static class WriteAccess
{
    /// <summary>Checks the caller may do <paramref name="action"/> on the row (for Create: the row as it would be stored).</summary>
    public static void Demand(EmulatedOrganization organization, CallerContext caller, PrivilegeAction action, StoredRow row)
    {
        var directory = organization.Directory;
        if (IsSystem(caller, directory))
        {
            return;
        }

        var table = organization.Tables.Get(row.Table);
        var privilege = table.PrivilegeName(action);
        var depth = directory.PrivilegeDepthOf(caller.UserId, privilege) ?? throw PrivilegeFaults.Missing(caller.UserId, privilege, table);
        if (table.Ownership == TableOwnership.Organization || Reaches(depth, caller.UserId, row, directory))
        {
            return;
        }

        throw PrivilegeFaults.TooShallow(caller.UserId, action, table.LogicalName, row.Id);
    }

    /// <summary>Checks the caller holds a privilege of no table (Custom API execute, bypass) at any depth; SYSTEM is exempt.</summary>
    public static void DemandPrivilege(EmulatedOrganization organization, CallerContext caller, string privilege)
    {
        if (!IsSystem(caller, organization.Directory) && !organization.Directory.HasPrivilege(caller.UserId, privilege))
        {
            throw PrivilegeFaults.Missing(caller.UserId, privilege);
        }
    }

    public static bool IsSystem(CallerContext caller, OrganizationDirectory directory) => caller.IsSystem || caller.UserId == directory.SystemUserId;

    private static bool Reaches(PrivilegeDepth depth, Guid userId, StoredRow row, OrganizationDirectory directory)
    {
        if (depth == PrivilegeDepth.Organization)
        {
            return true;
        }

        if (row["ownerid"] is EntityReference owner && (owner.Id == userId || directory.TeamsOf(userId).Contains(owner.Id)))
        {
            return true;
        }

        if (depth == PrivilegeDepth.User || row["owningbusinessunit"] is not EntityReference unit)
        {
            return false;
        }

        var callerUnit = directory.BusinessUnitOfUser(userId);
        return depth == PrivilegeDepth.BusinessUnit ? unit.Id == callerUnit : directory.IsWithin(unit.Id, callerUnit);
    }
}
