using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Client;

namespace CrmTiering.Sdk.Tests.Behaviour;

/// <summary>ToEntityReference and ToEntity&lt;T&gt;, as sdk-surface.md §9.1 states them.</summary>
public class EntityConversionTests
{
    [Fact]
    public void ToEntityReference_copies_name_id_and_row_version_but_not_the_display_name()
    {
        var account = new Entity("account", Guid.NewGuid()) { RowVersion = "42", ["name"] = "Contoso" };

        var reference = account.ToEntityReference();

        Assert.Equal("account", reference.LogicalName);
        Assert.Equal(account.Id, reference.Id);
        Assert.Equal("42", reference.RowVersion);
        Assert.Null(reference.Name);
    }

    [Fact]
    public void ToEntity_of_Entity_is_a_copy_sharing_the_collections()
    {
        var account = new Entity("account", Guid.NewGuid()) { ["name"] = "Contoso" };

        var copy = account.ToEntity<Entity>();
        copy["name"] = "Fabrikam";

        Assert.NotSame(account, copy);
        Assert.Equal(account.Id, copy.Id);
        Assert.Same(account.Attributes, copy.Attributes);
        Assert.Same(account.FormattedValues, copy.FormattedValues);
        Assert.Same(account.KeyAttributes, copy.KeyAttributes);
        Assert.Equal("Fabrikam", account["name"]);
    }

    [Fact]
    public void ToEntity_of_an_early_bound_type_needs_a_matching_logical_name()
    {
        var account = new Entity("account", Guid.NewGuid());
        var contact = new Entity("contact", Guid.NewGuid());

        Assert.Equal(account.Id, account.ToEntity<EarlyBoundAccount>().Id);
        Assert.Throws<NotSupportedException>(() => contact.ToEntity<EarlyBoundAccount>());
        Assert.Throws<NotSupportedException>(() => account.ToEntity<UnmappedEntity>());
    }

    [EntityLogicalName("account")]
    public sealed class EarlyBoundAccount : Entity
    {
    }

    public sealed class UnmappedEntity : Entity
    {
    }
}
