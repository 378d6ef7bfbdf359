namespace Microsoft.Xrm.Sdk.Messages;

public sealed class CreateRequest : OrganizationRequest
{
    public CreateRequest()
    {
        RequestName = "Create";
        Target = null;
    }

    public Entity Target
    {
        get => Parameters.Contains("Target") ? (Entity)Parameters["Target"] : null;
        set => Parameters["Target"] = value;
    }
}
