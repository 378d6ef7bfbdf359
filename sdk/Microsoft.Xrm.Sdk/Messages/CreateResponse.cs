using System;

namespace Microsoft.Xrm.Sdk.Messages;

public sealed class CreateResponse : OrganizationResponse
{
    /// <summary>The new row's id (lower-case name as in the real SDK); Guid.Empty when absent.</summary>
    public Guid id => Results.Contains("id") ? (Guid)Results["id"] : Guid.Empty;
}
