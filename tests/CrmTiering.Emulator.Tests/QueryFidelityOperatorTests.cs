using System;
using System.Linq;
using CrmTiering.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Tests;

/// <summary>Condition operators, column comparison and filter links ("condition operator values", "Filter rows using FetchXml", "Join tables using FetchXml").</summary>
public class QueryFidelityOperatorTests
{
    private static readonly DateTime Now = new(2025, 3, 15, 12, 0, 0, DateTimeKind.Utc);
    private readonly EmulatedOrganization _org = new(new EmulatorOptions { Clock = new ManualClock(Now) });

    public QueryFidelityOperatorTests()
    {
        Account("Contoso", 10, Now.AddDays(-1));
        Account("Fabrikam", 25, Now.AddMonths(-2));
        Account("Contoso East", 40, Now.AddMonths(-7));
        Account("Northwind", null, Now.AddYears(-2));
    }

    private void Account(string name, int? employees, DateTime lastContact)
    {
        var row = new Entity("account") { ["name"] = name, ["ctier_lastcontacted"] = lastContact };
        if (employees is int count)
        {
            row["numberofemployees"] = count;
        }

        _org.Seed(row);
    }

    private string Where(string conditions) => string.Join(",", _org.SystemService.RetrieveMultiple(new FetchExpression(
        $"<fetch><entity name='account'><attribute name='name' /><order attribute='name' /><filter>{conditions}</filter></entity></fetch>"))
        .Entities.Select(e => e.GetAttributeValue<string>("name")));

    private string Where(ConditionExpression condition)
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("name", OrderType.Ascending);
        query.Criteria.AddCondition(condition);
        return string.Join(",", _org.SystemService.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>("name")));
    }

    /// <summary>"condition operator values" (fetchxml/reference/operators), String data: like / not-like / begins-with / ends-with, case-insensitive, with the wildcards of "Use wildcard characters in conditions for string values".</summary>
    [Fact]
    public void Text_operators_match_with_sql_wildcards_case_insensitively()
    {
        Assert.Equal("Contoso,Contoso East", Where("<condition attribute='name' operator='like' value='%CONTOSO%' />"));
        Assert.Equal("Fabrikam,Northwind", Where("<condition attribute='name' operator='not-like' value='contoso%' />"));
        Assert.Equal("Contoso,Contoso East", Where(new ConditionExpression("name", ConditionOperator.BeginsWith, "cont")));
        Assert.Equal("Contoso East", Where("<condition attribute='name' operator='ends-with' value='east' />"));
        Assert.Equal("Fabrikam,Northwind", Where(new ConditionExpression("name", ConditionOperator.DoesNotBeginWith, "C")));
        Assert.Equal("Contoso,Contoso East,Northwind", Where("<condition attribute='name' operator='not-end-with' value='kam' />"));
        Assert.Equal("Fabrikam", Where("<condition attribute='name' operator='like' value='F_bri[a-k]am' />"));
    }

    /// <summary>Operators: between / not-between take two values, inclusive; not-in excludes the values (nulls match neither, as SQL).</summary>
    [Fact]
    public void Between_not_between_and_not_in_compare_numbers()
    {
        Assert.Equal("Contoso,Fabrikam", Where("<condition attribute='numberofemployees' operator='between'><value>10</value><value>25</value></condition>"));
        Assert.Equal("Contoso East", Where(new ConditionExpression("numberofemployees", ConditionOperator.NotBetween, 10, 25)));
        Assert.Equal("Fabrikam", Where("<condition attribute='numberofemployees' operator='not-in'><value>10</value><value>40</value></condition>"));
        FaultAssert.Expect(PlatformErrorCodes.InvalidArgument, () => Where("<condition attribute='numberofemployees' operator='between' value='10' />"));
    }

    /// <summary>Operators, Datetime data: last-x-months, olderthan-x-months, last-x-days, on-or-after, this-year, relative to now (UTC here).</summary>
    [Fact]
    public void Relative_date_operators_use_the_organisation_clock()
    {
        Assert.Equal("Contoso,Fabrikam", Where("<condition attribute='ctier_lastcontacted' operator='last-x-months' value='3' />"));
        Assert.Equal("Contoso East,Northwind", Where(new ConditionExpression("ctier_lastcontacted", ConditionOperator.OlderThanXMonths, 6)));
        Assert.Equal("Contoso", Where("<condition attribute='ctier_lastcontacted' operator='last-x-days' value='7' />"));
        Assert.Equal("Contoso,Fabrikam", Where("<condition attribute='ctier_lastcontacted' operator='on-or-after' value='2025-01-01' />"));
        Assert.Equal("Contoso,Fabrikam", Where("<condition attribute='ctier_lastcontacted' operator='this-year' />"));
        Assert.Equal("Contoso", Where("<condition attribute='ctier_lastcontacted' operator='last-x-hours' value='36' />"));
        Assert.Equal("Contoso", Where("<condition attribute='ctier_lastcontacted' operator='yesterday' />"));
    }

    /// <summary>Operators, Datetime data: "You can't apply this operator on a column that is configured to use the DateOnly behavior" (the hour and minute operators).</summary>
    [Fact]
    public void Hour_and_minute_operators_are_refused_on_date_only_columns()
    {
        _org.Seed(new Entity("opportunity") { ["name"] = "o", ["actualclosedate"] = Now.Date });
        var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("actualclosedate", ConditionOperator.LastXHours, 5);
        FaultAssert.Expect(PlatformErrorCodes.InvalidArgument, () => _org.SystemService.RetrieveMultiple(query));

        var days = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        days.Criteria.AddCondition("actualclosedate", ConditionOperator.LastXDays, 5);
        Assert.Single(_org.SystemService.RetrieveMultiple(days).Entities);
    }

    /// <summary>Operators, Unique Identifier data: eq-userid / ne-userid compare with the calling user.</summary>
    [Fact]
    public void Eq_userid_matches_rows_of_the_calling_user()
    {
        var rep = _org.AddUser("Rep");
        _org.Seed(new Entity("task") { ["subject"] = "mine", ["ownerid"] = new EntityReference("systemuser", rep) });
        _org.Seed(new Entity("task") { ["subject"] = "theirs" });

        var mine = _org.ServiceFor(rep).RetrieveMultiple(new FetchExpression("<fetch><entity name='task'><attribute name='subject' /><filter><condition attribute='ownerid' operator='eq-userid' /></filter></entity></fetch>"));
        Assert.Equal("mine", mine.Entities.Single()["subject"]);
        var query = new QueryExpression("task") { ColumnSet = new ColumnSet("subject") };
        query.Criteria.AddCondition("ownerid", ConditionOperator.NotEqualUserId);
        Assert.Equal("theirs", _org.ServiceFor(rep).RetrieveMultiple(query).Entities.Single()["subject"]);
    }

    /// <summary>"Filter rows using FetchXml", Filter on column values in the same row: valueof (and QueryExpression CompareColumns) compares two columns.</summary>
    [Fact]
    public void Valueof_compares_two_columns_of_the_row()
    {
        _org.Seed(new Entity("opportunity") { ["name"] = "over", ["estimatedvalue"] = new Money(200m), ["budgetamount"] = new Money(100m) });
        _org.Seed(new Entity("opportunity") { ["name"] = "under", ["estimatedvalue"] = new Money(50m), ["budgetamount"] = new Money(100m) });
        _org.Seed(new Entity("opportunity") { ["name"] = "no budget", ["estimatedvalue"] = new Money(50m) });

        var fetched = _org.SystemService.RetrieveMultiple(new FetchExpression("<fetch><entity name='opportunity'><attribute name='name' /><filter><condition attribute='estimatedvalue' operator='gt' valueof='budgetamount' /></filter></entity></fetch>"));
        Assert.Equal("over", fetched.Entities.Single()["name"]);

        var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition(new ConditionExpression("estimatedvalue", ConditionOperator.LessThan, true, "budgetamount"));
        Assert.Equal("under", _org.SystemService.RetrieveMultiple(query).Entities.Single()["name"]);
    }

    /// <summary>"Join tables using FetchXml", link-type any / not any / all / not all inside a filter, and exists (QueryExpression JoinOperator.Exists): keep parents by their related rows, without returning linked columns or repeating parents.</summary>
    [Fact]
    public void Filter_links_any_not_any_all_not_all_and_exists()
    {
        var contoso = _org.RetrieveId("Contoso");
        var fabrikam = _org.RetrieveId("Fabrikam");
        _org.Seed(new Entity("opportunity") { ["name"] = "c1", ["parentaccountid"] = new EntityReference("account", contoso), ["statecode"] = new OptionSetValue(1) });
        _org.Seed(new Entity("opportunity") { ["name"] = "c2", ["parentaccountid"] = new EntityReference("account", contoso), ["statecode"] = new OptionSetValue(0) });
        _org.Seed(new Entity("opportunity") { ["name"] = "f1", ["parentaccountid"] = new EntityReference("account", fabrikam), ["statecode"] = new OptionSetValue(1) });

        string Link(string type) => $"<link-entity name='opportunity' from='parentaccountid' to='accountid' link-type='{type}'><filter><condition attribute='statecode' operator='eq' value='1' /></filter></link-entity>";
        Assert.Equal("Contoso,Fabrikam", Where(Link("any")));
        Assert.Equal("Contoso East,Northwind", Where(Link("not any")));
        Assert.Equal("Contoso East,Fabrikam,Northwind", Where(Link("all")));
        Assert.Equal("Contoso", Where(Link("not all")));
        Assert.Equal("Contoso,Contoso East,Northwind", Where($"<filter type='or'>{Link("not any")}<condition attribute='name' operator='eq' value='Contoso' /></filter>"));

        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("name", OrderType.Ascending);
        query.AddLink("opportunity", "accountid", "parentaccountid", JoinOperator.Exists);
        var exists = _org.SystemService.RetrieveMultiple(query);
        Assert.Equal("Contoso,Fabrikam", string.Join(",", exists.Entities.Select(e => e["name"])));
        Assert.DoesNotContain(exists.Entities, e => e.Attributes.Keys.Any(k => k.Contains('.')));
    }
}

internal static class AccountLookup
{
    public static Guid RetrieveId(this EmulatedOrganization org, string name) =>
        org.SystemService.RetrieveMultiple(new QueryByAttribute("account") { ColumnSet = new ColumnSet(false), Attributes = { "name" }, Values = { name } }).Entities.Single().Id;
}
