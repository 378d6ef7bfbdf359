using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Tests;

/// <summary>Ordering, columns and lookups as the query pages document them.</summary>
public class QueryFidelityOrderTests
{
    private readonly EmulatedOrganization _org = new();

    private static string Names(EntityCollection rows) => string.Join(",", rows.Entities.Select(e => e.GetAttributeValue<string>("name")));

    private EntityCollection Fetch(string xml) => _org.SystemService.RetrieveMultiple(new FetchExpression(xml));

    /// <summary>"Order rows using FetchXml" (learn.microsoft.com/power-apps/developer/data-platform/fetchxml/order-rows), Lookup columns: sorted by the related table's primary name, not the stored GUID.</summary>
    [Fact]
    public void Ordering_on_a_lookup_sorts_by_the_related_rows_primary_name()
    {
        // Ids chosen so that id order is the reverse of name order.
        var zulu = _org.Seed(new Entity("account", new Guid("00000000-0000-0000-0000-000000000001")) { ["name"] = "Zulu" });
        var alpha = _org.Seed(new Entity("account", new Guid("00000000-0000-0000-0000-000000000002")) { ["name"] = "Alpha" });
        _org.Seed(new Entity("opportunity") { ["name"] = "for zulu", ["parentaccountid"] = new EntityReference("account", zulu) });
        _org.Seed(new Entity("opportunity") { ["name"] = "for alpha", ["parentaccountid"] = new EntityReference("account", alpha) });

        var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("parentaccountid", OrderType.Ascending);
        Assert.Equal("for alpha,for zulu", Names(_org.SystemService.RetrieveMultiple(query)));
        Assert.Equal("for zulu,for alpha", Names(Fetch("<fetch><entity name='opportunity'><attribute name='name' /><order attribute='parentaccountid' descending='true' /></entity></fetch>")));
    }

    /// <summary>"Order rows using FetchXml", Choice columns: sorted by label; useraworderby sorts by the stored integer.</summary>
    [Fact]
    public void Choice_columns_sort_by_label_unless_raw_order_is_asked_for()
    {
        _org.Tables.Get("task").DeclareChoice("prioritycode", new Dictionary<int, string> { [0] = "Low", [1] = "Normal", [2] = "High" });
        foreach (var (subject, priority) in new[] { ("low", 0), ("normal", 1), ("high", 2) })
        {
            _org.Seed(new Entity("task") { ["subject"] = subject, ["prioritycode"] = new OptionSetValue(priority) });
        }

        string Subjects(EntityCollection rows) => string.Join(",", rows.Entities.Select(e => e.GetAttributeValue<string>("subject")));
        Assert.Equal("high,low,normal", Subjects(Fetch("<fetch><entity name='task'><attribute name='subject' /><order attribute='prioritycode' /></entity></fetch>")));
        Assert.Equal("low,normal,high", Subjects(Fetch("<fetch useraworderby='true'><entity name='task'><attribute name='subject' /><order attribute='prioritycode' /></entity></fetch>")));
    }

    /// <summary>uniqueidentifier columns sort as SQL Server compares them (last six bytes first), also the default order behind paging ("Page results": ordering and paging).</summary>
    [Fact]
    public void Uniqueidentifier_columns_sort_in_sql_server_order()
    {
        // .NET orders these a < b; SQL Server compares bytes 10–15 first, so b < a.
        var a = new Guid("00000000-0000-0000-0000-000000000002");
        var b = new Guid("01000000-0000-0000-0000-000000000001");
        _org.Seed(new Entity("account", a) { ["name"] = "a" });
        _org.Seed(new Entity("account", b) { ["name"] = "b" });

        var ordered = Fetch("<fetch><entity name='account'><attribute name='name' /><order attribute='accountid' /><filter><condition attribute='name' operator='in'><value>a</value><value>b</value></condition></filter></entity></fetch>");
        Assert.Equal("b,a", Names(ordered));

        var byDefault = Fetch("<fetch><entity name='account'><attribute name='name' /><filter><condition attribute='name' operator='in'><value>a</value><value>b</value></condition></filter></entity></fetch>");
        Assert.Equal("b,a", Names(byDefault));
    }

    /// <summary>"Order rows using FetchXml", Process link-entity orders first: orders inside a link-entity apply after the entity's; order entityname puts them first.</summary>
    [Fact]
    public void Link_entity_orders_apply_after_the_entitys_unless_named_with_entityname()
    {
        var zeta = _org.Seed(new Entity("account") { ["name"] = "Zeta" });
        var beta = _org.Seed(new Entity("account") { ["name"] = "Beta" });
        _org.Seed(new Entity("opportunity") { ["name"] = "A", ["parentaccountid"] = new EntityReference("account", zeta) });
        _org.Seed(new Entity("opportunity") { ["name"] = "B", ["parentaccountid"] = new EntityReference("account", beta) });

        var linkLast = Fetch(@"<fetch><entity name='opportunity'><attribute name='name' />
            <link-entity name='account' from='accountid' to='parentaccountid' alias='a'><order attribute='name' /></link-entity>
            <order attribute='name' /></entity></fetch>");
        Assert.Equal("A,B", Names(linkLast));

        var linkFirst = Fetch(@"<fetch><entity name='opportunity'><attribute name='name' />
            <link-entity name='account' from='accountid' to='parentaccountid' alias='a' />
            <order entityname='a' attribute='name' /><order attribute='name' /></entity></fetch>");
        Assert.Equal("B,A", Names(linkFirst));
    }

    /// <summary>"Select columns using FetchXml" (fetchxml/select-columns): an entity without attribute elements returns all columns.</summary>
    [Fact]
    public void A_fetch_entity_without_attributes_returns_all_columns()
    {
        _org.Seed(new Entity("account") { ["name"] = "Contoso", ["accountnumber"] = "A-1" });

        var row = Fetch("<fetch><entity name='account'><filter><condition attribute='name' operator='eq' value='Contoso' /></filter></entity></fetch>").Entities.Single();

        Assert.Equal("A-1", row["accountnumber"]);
        Assert.True(row.Contains("createdon"));
    }

    /// <summary>Retrieved lookups carry the related row's primary name ("EntityReference.Name": the primary attribute value of the related row), in Retrieve, QueryExpression and FetchXML, linked columns included.</summary>
    [Fact]
    public void Retrieved_lookups_carry_the_related_rows_primary_name()
    {
        var account = _org.Seed(new Entity("account") { ["name"] = "Contoso" });
        var contact = _org.Seed(new Entity("contact") { ["fullname"] = "Ada Lovelace" });
        var opportunity = _org.Seed(new Entity("opportunity") { ["name"] = "deal", ["parentaccountid"] = new EntityReference("account", account), ["parentcontactid"] = new EntityReference("contact", contact) });

        var retrieved = _org.SystemService.Retrieve("opportunity", opportunity, new ColumnSet("parentaccountid", "parentcontactid", "ownerid"));
        Assert.Equal("Contoso", retrieved.GetAttributeValue<EntityReference>("parentaccountid").Name);
        Assert.Equal("Ada Lovelace", retrieved.GetAttributeValue<EntityReference>("parentcontactid").Name);
        Assert.Equal("SYSTEM", retrieved.GetAttributeValue<EntityReference>("ownerid").Name);

        var fetched = Fetch("<fetch><entity name='opportunity'><attribute name='parentaccountid' /></entity></fetch>").Entities.Single();
        Assert.Equal("Contoso", fetched.GetAttributeValue<EntityReference>("parentaccountid").Name);
    }
}
