namespace Microsoft.Xrm.Sdk.Messages;

public sealed class DeleteRequest : OrganizationRequest
{
    public DeleteRequest()
    {
        RequestName = "Delete";
        Target = null;
    }

    public EntityReference Target
    {
        get => Parameters.Contains("Target") ? (EntityReference)Parameters["Target"] : null;
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
