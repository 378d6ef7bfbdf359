using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Plugins.Protection;

/// <summary>
/// Tells whether a user id is the organisation's SYSTEM user: the built-in <c>systemuser</c> row
/// named SYSTEM that <c>CreateOrganizationService(null)</c> acts as. Its id differs per
/// organisation, so it is read, and only when a decision depends on it.
/// </summary>
public static class SystemUser
{
    public const string Table = "systemuser";
    public const string FullName = "fullname";
    public const string Name = "SYSTEM";

    public static bool Is(IOrganizationService systemService, Guid userId)
    {
        if (userId == Guid.Empty)
        {
            return false;
        }

        var user = systemService.Retrieve(Table, userId, new ColumnSet(FullName));
        return string.Equals(user.GetAttributeValue<string>(FullName), Name, StringComparison.Ordinal);
    }
}
