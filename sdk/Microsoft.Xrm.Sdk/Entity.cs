using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Client;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// A late-bound row. <see cref="Id"/> is a field of its own: it is not linked to the primary-key
/// attribute. Attribute keys are case-sensitive logical names.
/// </summary>
public class Entity : IExtensibleDataObject
{
    private AttributeCollection _attributes;
    private FormattedValueCollection _formattedValues;
    private RelatedEntityCollection _relatedEntities;
    private KeyAttributeCollection _keyAttributes;

    public Entity()
    {
    }

    public Entity(string entityName)
    {
        LogicalName = entityName;
    }

    public Entity(string entityName, Guid id)
    {
        LogicalName = entityName;
        Id = id;
    }

    public Entity(string entityName, string keyName, object keyValue)
    {
        LogicalName = entityName;
        KeyAttributes[keyName] = keyValue;
    }

    public Entity(string entityName, KeyAttributeCollection keyAttributes)
    {
        LogicalName = entityName;
        _keyAttributes = keyAttributes;
    }

    public string LogicalName { get; set; }

    public virtual Guid Id { get; set; }

    public AttributeCollection Attributes
    {
        get => _attributes ??= new AttributeCollection();
        set => _attributes = value;
    }

    public EntityState? EntityState { get; set; }

    public FormattedValueCollection FormattedValues
    {
        get => _formattedValues ??= new FormattedValueCollection();
        internal set => _formattedValues = value;
    }

    public RelatedEntityCollection RelatedEntities
    {
        get => _relatedEntities ??= new RelatedEntityCollection();
        internal set => _relatedEntities = value;
    }

    public string RowVersion { get; set; }

    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Get throws KeyNotFoundException for a missing key; set adds or replaces (null is stored).</summary>
    public object this[string attributeName]
    {
        get => Attributes[attributeName];
        set => Attributes[attributeName] = value;
    }

    public bool Contains(string attributeName)
    {
        if (string.IsNullOrWhiteSpace(attributeName))
        {
            throw new ArgumentNullException(nameof(attributeName));
        }

        return Attributes.Contains(attributeName);
    }

    /// <summary>
    /// A copy sharing this row's collections. Any type but Entity needs an
    /// [EntityLogicalName] that matches <see cref="LogicalName"/>.
    /// </summary>
    public T ToEntity<T>() where T : Entity
    {
        if (typeof(T) != typeof(Entity))
        {
            var mapped = typeof(T).GetCustomAttribute<EntityLogicalNameAttribute>();
            if (mapped == null || mapped.LogicalName != LogicalName)
            {
                throw new NotSupportedException(
                    $"Cannot convert an entity of type '{LogicalName}' to '{typeof(T).FullName}'.");
            }
        }

        var copy = (T)Activator.CreateInstance(typeof(T));
        copy.LogicalName = LogicalName;
        copy.Id = Id;
        copy.Attributes = Attributes;
        copy.EntityState = EntityState;
        copy.FormattedValues = FormattedValues;
        copy.RelatedEntities = RelatedEntities;
        copy.RowVersion = RowVersion;
        copy.KeyAttributes = KeyAttributes;
        copy.ExtensionData = ExtensionData;
        return copy;
    }

    public EntityReference ToEntityReference() => new EntityReference(LogicalName, Id) { RowVersion = RowVersion };

    /// <summary>
    /// default(T) when the key is missing or its value is null; otherwise a plain cast that never
    /// converts (a Money value read as decimal throws InvalidCastException).
    /// </summary>
    public virtual T GetAttributeValue<T>(string attributeLogicalName)
    {
        if (string.IsNullOrWhiteSpace(attributeLogicalName))
        {
            throw new ArgumentNullException(nameof(attributeLogicalName));
        }

        if (!Attributes.TryGetValue(attributeLogicalName, out var value) || value == null)
        {
            return default;
        }

        return (T)value;
    }

    /// <summary>False when missing or null; converts through TypeDescriptor when the value is not a T.</summary>
    public bool TryGetAttributeValue<T>(string attributeKey, out T result)
    {
        result = default;
        if (attributeKey == null || !Attributes.TryGetValue(attributeKey, out var value) || value == null)
        {
            return false;
        }

        if (value is T typed)
        {
            result = typed;
            return true;
        }

        try
        {
            var converter = TypeDescriptor.GetConverter(typeof(T));
            if (!converter.CanConvertFrom(value.GetType()))
            {
                return false;
            }

            result = (T)converter.ConvertFrom(value);
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    protected virtual void SetAttributeValue(string attributeLogicalName, object value)
    {
        Attributes[attributeLogicalName] = value;
    }

    protected virtual string GetFormattedAttributeValue(string attributeLogicalName) =>
        FormattedValues.TryGetValue(attributeLogicalName, out var text) ? text : null;

    protected virtual TEntity GetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
        where TEntity : Entity =>
        GetRelatedEntities<TEntity>(relationshipSchemaName, primaryEntityRole)?.FirstOrDefault();

    protected virtual void SetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, TEntity entity)
        where TEntity : Entity =>
        SetRelatedEntities(relationshipSchemaName, primaryEntityRole, entity == null ? null : new[] { entity });

    protected virtual IEnumerable<TEntity> GetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
        where TEntity : Entity
    {
        var key = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
        if (!RelatedEntities.TryGetValue(key, out var related) || related == null)
        {
            return null;
        }

        return related.Entities.Select(row => row.ToEntity<TEntity>()).ToList();
    }

    protected virtual void SetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, IEnumerable<TEntity> entities)
        where TEntity : Entity
    {
        var key = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
        if (entities == null)
        {
            RelatedEntities.Remove(key);
            return;
        }

        RelatedEntities[key] = new EntityCollection(entities.Cast<Entity>().ToList());
    }
}
