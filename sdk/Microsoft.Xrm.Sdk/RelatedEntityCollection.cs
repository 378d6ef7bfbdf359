namespace Microsoft.Xrm.Sdk;

public sealed class RelatedEntityCollection : DataCollection<Relationship, EntityCollection>
{
    public override bool IsReadOnly
    {
        get => base.IsReadOnly;
        internal set => base.IsReadOnly = value;
    }
}
