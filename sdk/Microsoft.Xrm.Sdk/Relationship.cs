using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

public sealed class Relationship : IExtensibleDataObject
{
    public Relationship()
    {
    }

    public Relationship(string schemaName)
    {
        SchemaName = schemaName;
    }

    public string SchemaName { get; set; }

    public EntityRole? PrimaryEntityRole { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public override bool Equals(object obj) =>
        obj is Relationship other && SchemaName == other.SchemaName && PrimaryEntityRole == other.PrimaryEntityRole;

    public override int GetHashCode() => (SchemaName?.GetHashCode() ?? 0) ^ PrimaryEntityRole.GetHashCode();

    /// <summary>"{SchemaName}.{Role}", e.g. "account_contacts." when no role is set.</summary>
    public override string ToString() => SchemaName + "." + PrimaryEntityRole;
}
