namespace Microsoft.Xrm.Sdk.Messages;

public sealed class UpdateRequest : OrganizationRequest
{
    public UpdateRequest()
    {
        RequestName = "Update";
        Target = null;
    }

    public Entity Target
    {
        get => Parameters.Contains("Target") ? (Entity)Parameters["Target"] : null;
        set => Parameters["Target"] = value;
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => Parameters.Contains("ConcurrencyBehavior")
            ? (ConcurrencyBehavior)Parameters["ConcurrencyBehavior"]
            : ConcurrencyBehavior.Default;
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}
