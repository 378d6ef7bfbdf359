using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Sdk.Tests.Behaviour;

/// <summary>Attribute access on Entity, as sdk-surface.md §9.1 states it.</summary>
public class EntityAttributeTests
{
    [Fact]
    public void Indexer_throws_KeyNotFound_for_a_missing_attribute()
    {
        var account = new Entity("account");

        Assert.Throws<KeyNotFoundException>(() => account["name"]);
    }

    [Fact]
    public void Indexer_set_stores_null_so_Contains_is_true_while_GetAttributeValue_gives_the_default()
    {
        var account = new Entity("account");

        account["revenue"] = null;

        Assert.True(account.Contains("revenue"));
        Assert.Null(account.GetAttributeValue<Money>("revenue"));
    }

    [Fact]
    public void Indexer_set_replaces_an_existing_value()
    {
        var account = new Entity("account") { ["name"] = "Contoso" };

        account["name"] = "Fabrikam";

        Assert.Equal("Fabrikam", account["name"]);
    }

    [Fact]
    public void GetAttributeValue_of_a_missing_attribute_is_the_type_default()
    {
        var account = new Entity("account");

        Assert.Null(account.GetAttributeValue<EntityReference>("parentaccountid"));
        Assert.Null(account.GetAttributeValue<OptionSetValue>("statecode"));
        Assert.Null(account.GetAttributeValue<string>("name"));
        Assert.Null(account.GetAttributeValue<int?>("ctier_referralvalue"));
        Assert.Equal(0, account.GetAttributeValue<int>("ctier_referralvalue"));
        Assert.Equal(0m, account.GetAttributeValue<decimal>("exchangerate"));
        Assert.False(account.GetAttributeValue<bool>("ctier_belowpeak"));
        Assert.Equal(Guid.Empty, account.GetAttributeValue<Guid>("accountid"));
        Assert.Equal(DateTime.MinValue, account.GetAttributeValue<DateTime>("createdon"));
    }

    [Fact]
    public void GetAttributeValue_never_converts_a_stored_value()
    {
        var account = new Entity("account") { ["revenue"] = new Money(10m), ["numberofemployees"] = 5 };

        Assert.Throws<InvalidCastException>(() => account.GetAttributeValue<decimal>("revenue"));
        Assert.Throws<InvalidCastException>(() => account.GetAttributeValue<long>("numberofemployees"));
        Assert.Equal(5, account.GetAttributeValue<int?>("numberofemployees"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void GetAttributeValue_rejects_a_blank_name(string? name)
    {
        var account = new Entity("account");

        Assert.Throws<ArgumentNullException>(() => account.GetAttributeValue<string>(name!));
    }

    [Fact]
    public void Attribute_names_are_case_sensitive()
    {
        var account = new Entity("account") { ["name"] = "Contoso" };

        Assert.False(account.Contains("Name"));
        Assert.Null(account.GetAttributeValue<string>("Name"));
    }

    [Fact]
    public void Attributes_Add_of_an_existing_key_throws_ArgumentException()
    {
        var account = new Entity("account") { ["name"] = "Contoso" };

        Assert.Throws<ArgumentException>(() => account.Attributes.Add("name", "Fabrikam"));
    }

    [Fact]
    public void TryGetAttributeValue_is_false_for_missing_or_null_and_true_for_a_value_of_the_type()
    {
        var account = new Entity("account") { ["name"] = "Contoso", ["revenue"] = null };

        Assert.False(account.TryGetAttributeValue<string>("description", out _));
        Assert.False(account.TryGetAttributeValue<Money>("revenue", out _));
        Assert.True(account.TryGetAttributeValue<string>("name", out var name));
        Assert.Equal("Contoso", name);
    }

    [Fact]
    public void TryGetAttributeValue_is_false_when_the_value_cannot_be_converted()
    {
        var account = new Entity("account") { ["revenue"] = new Money(10m) };

        Assert.False(account.TryGetAttributeValue<int>("revenue", out var value));
        Assert.Equal(0, value);
    }

    [Fact]
    public void Id_is_not_linked_to_the_primary_key_attribute()
    {
        var id = Guid.NewGuid();
        var account = new Entity("account") { ["accountid"] = id };

        Assert.Equal(Guid.Empty, account.Id);

        account.Id = Guid.NewGuid();
        Assert.Equal(id, account["accountid"]);
    }

    [Fact]
    public void FormattedValues_can_be_filled_through_the_indexer()
    {
        var account = new Entity("account");

        account.FormattedValues["ctier_tier"] = "Tier 1";

        Assert.Equal("Tier 1", account.FormattedValues["ctier_tier"]);
    }
}
