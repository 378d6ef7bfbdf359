using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests;

/// <summary>
/// WhoAmI names the caller ("WhoAmIRequest", Microsoft.Crm.Sdk.Messages, learn.microsoft.com):
/// SYSTEM's id on the SYSTEM service, the user's own id on theirs, even when the user is named "SYSTEM".
/// </summary>
public class WhoAmITests
{
    [Fact]
    public void The_system_service_names_the_system_user_by_id()
    {
        var org = new EmulatedOrganization();

        var response = org.SystemService.Execute(new OrganizationRequest("WhoAmI"));

        Assert.Equal(org.SystemUserId, (Guid)response.Results["UserId"]);
        Assert.Equal(org.RootBusinessUnitId, (Guid)response.Results["BusinessUnitId"]);
        Assert.Equal(org.OrganizationId, (Guid)response.Results["OrganizationId"]);
    }

    [Fact]
    public void A_user_named_SYSTEM_is_told_their_own_id()
    {
        var org = new EmulatedOrganization();
        var unit = org.AddBusinessUnit("East");
        var impostor = org.AddUser("SYSTEM", unit);

        var response = org.ServiceFor(impostor).Execute(new OrganizationRequest("WhoAmI"));

        Assert.Equal(impostor, (Guid)response.Results["UserId"]);
        Assert.NotEqual(org.SystemUserId, (Guid)response.Results["UserId"]);
        Assert.Equal(unit, (Guid)response.Results["BusinessUnitId"]);
    }
}
