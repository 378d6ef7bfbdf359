using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Sdk.Tests.Behaviour;

/// <summary>Equals, GetHashCode and ToString of the value classes, as sdk-surface.md §9.2 states them.</summary>
public class ValueEqualityTests
{
    [Fact]
    public void Money_equals_by_decimal_value_regardless_of_scale()
    {
        var one = new Money(1.0m);
        var same = new Money(1.00m);

        Assert.True(one.Equals(same));
        Assert.Equal(one.GetHashCode(), same.GetHashCode());
        Assert.False(one.Equals(new Money(2m)));
        Assert.False(one.Equals(1.0m));
    }

    [Fact]
    public void OptionSetValue_equals_by_value()
    {
        Assert.True(new OptionSetValue(512000000).Equals(new OptionSetValue(512000000)));
        Assert.Equal(new OptionSetValue(3).GetHashCode(), new OptionSetValue(3).GetHashCode());
        Assert.False(new OptionSetValue(1).Equals(new OptionSetValue(2)));
    }

    [Fact]
    public void EntityReference_equals_by_id_and_logical_name_ignoring_display_name_and_row_version()
    {
        var id = Guid.NewGuid();
        var reference = new EntityReference("account", id) { Name = "Contoso", RowVersion = "1" };
        var same = new EntityReference("account", id) { Name = "Other", RowVersion = "2" };

        Assert.True(reference.Equals(same));
        Assert.Equal(reference.GetHashCode(), same.GetHashCode());
        Assert.False(reference.Equals(new EntityReference("contact", id)));
        Assert.False(reference.Equals(new EntityReference("Account", id)));
        Assert.False(reference.Equals(new EntityReference("account", Guid.NewGuid())));
    }

    [Fact]
    public void EntityReference_equality_includes_key_attributes()
    {
        var byNumber = new EntityReference("account", "accountnumber", "A-1");

        Assert.True(byNumber.Equals(new EntityReference("account", "accountnumber", "A-1")));
        Assert.False(byNumber.Equals(new EntityReference("account", "accountnumber", "A-2")));
        Assert.False(byNumber.Equals(new EntityReference("account")));
    }

    [Fact]
    public void EntityReference_without_logical_name_hashes_to_zero()
    {
        Assert.Equal(0, new EntityReference { Id = Guid.NewGuid() }.GetHashCode());
    }

    [Fact]
    public void Value_classes_keep_reference_equality_for_the_operator()
    {
        var one = new Money(1m);
        var same = new Money(1m);

#pragma warning disable CS1718
        Assert.False(one == same);
#pragma warning restore CS1718
        Assert.False(new OptionSetValue(1) == new OptionSetValue(1));
    }

    [Fact]
    public void Value_classes_do_not_override_ToString()
    {
        Assert.Equal("Microsoft.Xrm.Sdk.Money", new Money(5m).ToString());
        Assert.Equal("Microsoft.Xrm.Sdk.OptionSetValue", new OptionSetValue(1).ToString());
        Assert.Equal("Microsoft.Xrm.Sdk.EntityReference", new EntityReference("account", Guid.NewGuid()).ToString());
        Assert.Equal("Microsoft.Xrm.Sdk.Entity", new Entity("account").ToString());
    }

    [Fact]
    public void Relationship_equals_by_schema_name_and_role_and_prints_both()
    {
        var plain = new Relationship("account_contacts");

        Assert.True(plain.Equals(new Relationship("account_contacts")));
        Assert.False(plain.Equals(new Relationship("account_contacts") { PrimaryEntityRole = EntityRole.Referenced }));
        Assert.Equal("account_contacts.", plain.ToString());
        Assert.Equal("account_parent.Referencing", new Relationship("account_parent") { PrimaryEntityRole = EntityRole.Referencing }.ToString());
    }
}
