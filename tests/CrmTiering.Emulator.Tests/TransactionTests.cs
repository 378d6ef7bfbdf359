using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests;

public class TransactionTests
{
    private readonly EmulatedOrganization org = new();

    [Fact]
    public void Rolling_back_restores_created_updated_and_deleted_rows()
    {
        var kept = org.SystemService.Create(new Entity("account") { ["name"] = "Kept" });
        var removed = org.SystemService.Create(new Entity("account") { ["name"] = "Removed" });

        using (org.Store.BeginTransaction())
        {
            org.SystemService.Create(new Entity("account") { ["name"] = "New" });
            org.SystemService.Update(new Entity("account", kept) { ["name"] = "Changed" });
            org.SystemService.Delete("account", removed);
        }

        Assert.Equal(2, org.CountRows("account"));
        Assert.Equal("Kept", org.Peek("account", kept)!["name"]);
        Assert.Equal("Removed", org.Peek("account", removed)!["name"]);
    }

    [Fact]
    public void A_nested_commit_is_undone_when_the_outer_transaction_rolls_back()
    {
        var outer = org.Store.BeginTransaction();
        var inner = org.Store.BeginTransaction();
        var id = org.SystemService.Create(new Entity("account"));
        inner.Commit();

        outer.Rollback();

        Assert.Null(org.Peek("account", id));
    }

    [Fact]
    public void A_committed_transaction_keeps_its_writes_and_indexes_follow_a_rollback()
    {
        var parent = org.SystemService.Create(new Entity("account"));
        var query = new Microsoft.Xrm.Sdk.Query.QueryByAttribute("opportunity") { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet("name") };
        query.AddAttributeValue("parentaccountid", parent);
        using (var transaction = org.Store.BeginTransaction())
        {
            org.SystemService.Create(new Entity("opportunity") { ["parentaccountid"] = new EntityReference("account", parent) });
            Assert.Single(org.SystemService.RetrieveMultiple(query).Entities);
        }

        Assert.Empty(org.SystemService.RetrieveMultiple(query).Entities);

        using (var transaction = org.Store.BeginTransaction())
        {
            org.SystemService.Create(new Entity("opportunity") { ["parentaccountid"] = new EntityReference("account", parent) });
            transaction.Commit();
        }

        Assert.Single(org.SystemService.RetrieveMultiple(query).Entities);
    }
}
