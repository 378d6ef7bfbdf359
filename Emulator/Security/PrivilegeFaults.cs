using System;
using System.ServiceModel;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Security;

/// <summary>The faults a privilege check raises, in the platform's codes ("Web service error codes").</summary>
internal static class PrivilegeFaults
{
    /// <summary>No role of the user holds the privilege: PrivilegeDenied (0x80040220).</summary>
    public static FaultException<OrganizationServiceFault> Missing(Guid userId, string privilege, TableDefinition table) =>
        PlatformFault.Create(
            PlatformErrorCodes.PrivilegeDenied,
            PlatformFault.Format(PlatformMessages.PrivilegeDeniedOnTable, userId, privilege, PrivilegeIds.For(privilege), table.ObjectTypeCode, table.LogicalName));

    public static FaultException<OrganizationServiceFault> Missing(Guid userId, string privilege) =>
        PlatformFault.Create(PlatformErrorCodes.PrivilegeDenied, PlatformFault.Format(PlatformMessages.PrivilegeDenied, userId, privilege, PrivilegeIds.For(privilege)));

    /// <summary>The privilege is held, but not at a depth that reaches the row: the platform's access check fails (0x80048306).</summary>
    public static FaultException<OrganizationServiceFault> TooShallow(Guid userId, PrivilegeAction action, string table, Guid rowId) =>
        PlatformFault.Create(PlatformErrorCodes.AccessDenied, PlatformFault.Format(PlatformMessages.RecordAccessDenied, userId, action + "Access", rowId, table));
}
