using System;
using System.Linq;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// Lookup value. Equality is Id + LogicalName (ordinal) + key attributes; Name and RowVersion
/// are ignored, and == stays reference equality.
/// </summary>
[Serializable]
public sealed class EntityReference : IExtensibleDataObject
{
    private KeyAttributeCollection _keyAttributes;

    public EntityReference()
    {
    }

    public EntityReference(string logicalName)
    {
        LogicalName = logicalName;
    }

    public EntityReference(string logicalName, Guid id)
    {
        LogicalName = logicalName;
        Id = id;
    }

    public EntityReference(string logicalName, string keyName, object keyValue)
    {
        LogicalName = logicalName;
        KeyAttributes[keyName] = keyValue;
    }

    public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection)
    {
        LogicalName = logicalName;
        _keyAttributes = keyAttributeCollection;
    }

    public Guid Id { get; set; }

    public string LogicalName { get; set; }

    public string Name { get; set; }

    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    public string RowVersion { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public override bool Equals(object obj)
    {
        if (obj is not EntityReference other)
        {
            return false;
        }

        return Id == other.Id
            && string.Equals(LogicalName, other.LogicalName, StringComparison.Ordinal)
            && SameKeys(other);
    }

    public override int GetHashCode()
    {
        if (string.IsNullOrEmpty(LogicalName))
        {
            return 0;
        }

        var hash = LogicalName.GetHashCode() ^ Id.GetHashCode();
        foreach (var key in KeyAttributes)
        {
            hash ^= key.Key.GetHashCode() ^ (key.Value?.GetHashCode() ?? 0);
        }

        return hash;
    }

    private bool SameKeys(EntityReference other)
    {
        var mine = KeyAttributes;
        var theirs = other.KeyAttributes;
        return mine.Count == theirs.Count && mine.All(pair => theirs.Contains(pair));
    }
}
