using System;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Store;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Handlers;

/// <summary>Finds the stored row a request targets, failing as the platform does, and checks RowVersion.</summary>
internal static class RowLocator
{
    public static StoredRow Existing(EmulatedOrganization organization, string table, Guid id) =>
        organization.Store.Find(table, id) ?? throw PlatformFault.ObjectDoesNotExist(table, id);

    public static Guid IdOf(EmulatedOrganization organization, Entity target)
    {
        if (target.Id != Guid.Empty)
        {
            return target.Id;
        }

        var key = organization.Tables.Get(target.LogicalName).PrimaryIdColumn;
        return target.Attributes.TryGetValue(key, out var value) && value is Guid id ? id : Guid.Empty;
    }

    /// <summary>ConcurrencyBehavior.IfRowVersionMatches: the caller's RowVersion must be the stored one.</summary>
    public static void CheckVersion(ConcurrencyBehavior behavior, string? callerVersion, StoredRow row)
    {
        if (behavior != ConcurrencyBehavior.IfRowVersionMatches)
        {
            return;
        }

        if (string.IsNullOrEmpty(callerVersion))
        {
            throw PlatformFault.Create(PlatformErrorCodes.ConcurrencyVersionNotProvided, PlatformMessages.ConcurrencyVersionNotProvided);
        }

        if (callerVersion != row.RowVersion)
        {
            throw PlatformFault.Create(PlatformErrorCodes.ConcurrencyVersionMismatch, PlatformMessages.ConcurrencyVersionMismatch);
        }
    }

    public static ConcurrencyBehavior BehaviorOf(OrganizationRequest request) =>
        request.Parameters.TryGetValue("ConcurrencyBehavior", out var value) && value is ConcurrencyBehavior behavior
            ? behavior
            : ConcurrencyBehavior.Default;
}
