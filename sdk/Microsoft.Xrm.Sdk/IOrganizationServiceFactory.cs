using System;

namespace Microsoft.Xrm.Sdk;

public interface IOrganizationServiceFactory
{
    /// <summary>A null user id means the SYSTEM user.</summary>
    IOrganizationService CreateOrganizationService(Guid? userId);
}
