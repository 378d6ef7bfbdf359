using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Messages;
using CrmTiering.Emulator.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Tests;

/// <summary>SetState, Upsert, Associate/Disassociate, ExecuteMultiple, ExecuteTransaction, money precision, overriddencreatedon, dategrouping.</summary>
public class MessageFidelityTests
{
    private static readonly DateTime Now = new(2025, 3, 15, 12, 0, 0, DateTimeKind.Utc);
    private readonly EmulatedOrganization _org = new(new EmulatorOptions { Clock = new ManualClock(Now) });

    private static OrganizationRequest SetState(string table, Guid id, int state, int status) => new("SetState")
    {
        ["EntityMoniker"] = new EntityReference(table, id),
        ["State"] = new OptionSetValue(state),
        ["Status"] = new OptionSetValue(status),
    };

    /// <summary>"SetStateRequest" reference: sets statecode/statuscode (Status −1 = the state's default); "Behavior of specialized update operations": only WinOpportunity/LoseOpportunity close an opportunity.</summary>
    [Fact]
    public void Set_state_changes_state_and_refuses_closing_an_opportunity()
    {
        var account = _org.Seed(new Entity("account") { ["name"] = "a" });
        _org.SystemService.Execute(SetState("account", account, 1, -1));
        var stored = _org.Peek("account", account)!;
        Assert.Equal(1, stored.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(2, stored.GetAttributeValue<OptionSetValue>("statuscode").Value);

        var opportunity = _org.Seed(new Entity("opportunity") { ["name"] = "o" });
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => _org.SystemService.Execute(SetState("opportunity", opportunity, 1, 3)));
        Assert.Contains("won", fault.Detail.Message);
        Assert.Throws<FaultException<OrganizationServiceFault>>(() => _org.SystemService.Execute(SetState("opportunity", opportunity, 2, 4)));
        Assert.Equal(0, _org.Peek("opportunity", opportunity)!.GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    /// <summary>"Use Upsert to create or update a record": creates with the given id when absent (RecordCreated true), updates when present.</summary>
    [Fact]
    public void Upsert_creates_then_updates()
    {
        var id = Guid.NewGuid();
        var created = _org.SystemService.Execute(new OrganizationRequest("Upsert") { ["Target"] = new Entity("account", id) { ["name"] = "first" } });
        Assert.True((bool)created.Results["RecordCreated"]);
        Assert.Equal(id, ((EntityReference)created.Results["Target"]).Id);

        var updated = _org.SystemService.Execute(new OrganizationRequest("Upsert") { ["Target"] = new Entity("account", id) { ["accountnumber"] = "A-1" } });
        Assert.False((bool)updated.Results["RecordCreated"]);
        var row = _org.Peek("account", id)!;
        Assert.Equal("first", row["name"]);
        Assert.Equal("A-1", row["accountnumber"]);
    }

    /// <summary>"Associate and disassociate table rows using the SDK for .NET": 1:N sets/clears the lookup; N:N adds/removes intersect rows; a pair twice is a duplicate.</summary>
    [Fact]
    public void Associate_and_disassociate_over_declared_relationships()
    {
        _org.Tables.DeclareRelationship(RelationshipDefinition.OneToMany("contact_customer_accounts", "account", "contact", "parentcustomerid"));
        _org.Tables.DeclareRelationship(RelationshipDefinition.ManyToMany("accountleads_association", "accountleads", "account", "accountid", "lead", "leadid"));
        var account = _org.Seed(new Entity("account") { ["name"] = "a" });
        var contact = _org.Seed(new Entity("contact") { ["fullname"] = "c" });
        var lead = _org.Seed(new Entity("lead") { ["fullname"] = "l" });

        _org.SystemService.Associate("account", account, new Relationship("contact_customer_accounts"), new EntityReferenceCollection { new EntityReference("contact", contact) });
        Assert.Equal(account, _org.Peek("contact", contact)!.GetAttributeValue<EntityReference>("parentcustomerid").Id);
        _org.SystemService.Disassociate("account", account, new Relationship("contact_customer_accounts"), new EntityReferenceCollection { new EntityReference("contact", contact) });
        Assert.False(_org.Peek("contact", contact)!.Contains("parentcustomerid"));

        var leads = new EntityReferenceCollection { new EntityReference("lead", lead) };
        _org.SystemService.Associate("account", account, new Relationship("accountleads_association"), leads);
        Assert.Equal(1, _org.CountRows("accountleads"));
        FaultAssert.Expect(PlatformErrorCodes.DuplicateRecord, () => _org.SystemService.Associate("account", account, new Relationship("accountleads_association"), leads));
        _org.SystemService.Disassociate("lead", lead, new Relationship("accountleads_association"), new EntityReferenceCollection { new EntityReference("account", account) });
        Assert.Equal(0, _org.CountRows("accountleads"));

        Assert.Throws<UnsupportedRequestException>(() => _org.SystemService.Associate("account", account, new Relationship("nope"), leads));
    }

    /// <summary>"Execute multiple requests using the SDK for .NET": requests run independently; ContinueOnError decides whether to go on after a fault; faults are always returned with their index; at most 1000 requests, no nesting.</summary>
    [Fact]
    public void Execute_multiple_runs_each_request_on_its_own()
    {
        var missing = Guid.NewGuid();
        OrganizationRequest Batch(bool continueOnError) => new("ExecuteMultiple")
        {
            ["Requests"] = new List<OrganizationRequest>
            {
                new CreateRequest { Target = new Entity("account") { ["name"] = "one" } },
                new DeleteRequest { Target = new EntityReference("account", missing) },
                new CreateRequest { Target = new Entity("account") { ["name"] = "two" } },
            },
            ["Settings"] = new ExecuteMultipleSettings { ContinueOnError = continueOnError, ReturnResponses = true },
        };

        var stopped = _org.SystemService.Execute(Batch(continueOnError: false));
        var items = (List<ExecuteMultipleResponseItem>)stopped.Results["Responses"];
        Assert.True((bool)stopped.Results["IsFaulted"]);
        Assert.Equal(new[] { 0, 1 }, items.Select(i => i.RequestIndex));
        Assert.Equal(PlatformErrorCodes.ObjectDoesNotExist, items[1].Fault!.ErrorCode);
        Assert.Equal(1, _org.CountRows("account"));   // "one" kept: no shared transaction

        var continued = _org.SystemService.Execute(Batch(continueOnError: true));
        Assert.Equal(3, ((List<ExecuteMultipleResponseItem>)continued.Results["Responses"]).Count);

        FaultAssert.Expect(PlatformErrorCodes.InvalidArgument, () => _org.SystemService.Execute(new OrganizationRequest("ExecuteMultiple")
        {
            ["Requests"] = Enumerable.Range(0, 1001).Select(_ => (OrganizationRequest)new CreateRequest { Target = new Entity("account") }).ToList(),
            ["Settings"] = new ExecuteMultipleSettings(),
        }));
    }

    /// <summary>"Execute messages in a single database transaction" (ExecuteTransaction): all or nothing; the fault names FaultedRequestIndex.</summary>
    [Fact]
    public void Execute_transaction_is_all_or_nothing()
    {
        var before = _org.CountRows("account");
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => _org.SystemService.Execute(new OrganizationRequest("ExecuteTransaction")
        {
            ["Requests"] = new List<OrganizationRequest>
            {
                new CreateRequest { Target = new Entity("account") { ["name"] = "kept?" } },
                new DeleteRequest { Target = new EntityReference("account", Guid.NewGuid()) },
            },
            ["ReturnResponses"] = true,
        }));
        Assert.Equal(1, Assert.IsType<ExecuteTransactionFault>(fault.Detail).FaultedRequestIndex);
        Assert.Equal(before, _org.CountRows("account"));

        var ok = _org.SystemService.Execute(new OrganizationRequest("ExecuteTransaction")
        {
            ["Requests"] = new List<OrganizationRequest> { new CreateRequest { Target = new Entity("account") { ["name"] = "x" } } },
            ["ReturnResponses"] = true,
        });
        Assert.Single((List<OrganizationResponse>)ok.Results["Responses"]);
        Assert.Equal(before + 1, _org.CountRows("account"));
    }

    /// <summary>"Currency columns" (PrecisionSource): money is stored rounded to the currency's precision by default, or to the column's own precision.</summary>
    [Fact]
    public void Money_is_rounded_on_write_per_its_precision()
    {
        _org.Tables.Get("opportunity").DeclareMoneyPrecision("budgetamount", 0);
        var id = _org.SystemService.Create(new Entity("opportunity") { ["estimatedvalue"] = new Money(10.125m), ["budgetamount"] = new Money(10.5m) });
        var row = _org.Peek("opportunity", id)!;
        Assert.Equal(10.13m, row.GetAttributeValue<Money>("estimatedvalue").Value);
        Assert.Equal(11m, row.GetAttributeValue<Money>("budgetamount").Value);
    }

    /// <summary>
    /// "Import data" / table reference ("overriddencreatedon: Date and time that the record was migrated"): a Create
    /// carrying overriddencreatedon stores that value as createdon; overriddencreatedon keeps the actual time of the create.
    /// </summary>
    [Fact]
    public void Overriddencreatedon_on_create_sets_createdon()
    {
        var original = new DateTime(2019, 6, 1, 8, 0, 0, DateTimeKind.Utc);
        var id = _org.SystemService.Create(new Entity("account") { ["name"] = "migrated", ["overriddencreatedon"] = original });
        var row = _org.Peek("account", id)!;
        Assert.Equal(original, row["createdon"]);
        Assert.Equal(Now, row["overriddencreatedon"]);
    }

    /// <summary>"Aggregate data using FetchXml", Date grouping: year, quarter, month (of the year), week (of the year), day (of the month); fiscal groupings are not modelled.</summary>
    [Fact]
    public void Date_grouping_groups_by_date_parts()
    {
        foreach (var date in new[] { new DateTime(2024, 2, 10), new DateTime(2025, 2, 20), new DateTime(2025, 5, 1), new DateTime(2025, 5, 3) })
        {
            _org.Seed(new Entity("opportunity") { ["actualclosedate"] = date, ["estimatedvalue"] = new Money(1m) });
        }

        EntityCollection Group(string grouping) => _org.SystemService.RetrieveMultiple(new FetchExpression($@"<fetch aggregate='true'><entity name='opportunity'>
            <attribute name='actualclosedate' alias='y' groupby='true' dategrouping='year' />
            <attribute name='actualclosedate' alias='p' groupby='true' dategrouping='{grouping}' />
            <attribute name='opportunityid' alias='n' aggregate='count' />
            <order alias='y' /><order alias='p' /></entity></fetch>"));
        string Rows(EntityCollection rows) => string.Join(";", rows.Entities.Select(e => $"{e.GetAttributeValue<AliasedValue>("y").Value}/{e.GetAttributeValue<AliasedValue>("p").Value}:{e.GetAttributeValue<AliasedValue>("n").Value}"));

        Assert.Equal("2024/2:1;2025/2:1;2025/5:2", Rows(Group("month")));
        Assert.Equal("2024/1:1;2025/1:1;2025/2:2", Rows(Group("quarter")));
        Assert.Equal("2024/10:1;2025/1:1;2025/3:1;2025/20:1", Rows(Group("day")));
        Assert.Equal("2024/6:1;2025/8:1;2025/18:2", Rows(Group("week")));
        Assert.Throws<UnsupportedQueryFeatureException>(() => Group("fiscal-period"));
    }
}
