namespace Microsoft.Xrm.Sdk.Messages;

public sealed class RetrieveResponse : OrganizationResponse
{
    public Entity Entity => Results.Contains("Entity") ? (Entity)Results["Entity"] : null;
}
