using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests;

public class TransactionTests
{
    private readonly EmulatedOrganization _org = new();

    [Fact]
    public void Rolling_back_restores_created_updated_and_deleted_rows()
    {
        var kept = _org.SystemService.Create(new Entity("account") { ["name"] = "Kept" });
        var removed = _org.SystemService.Create(new Entity("account") { ["name"] = "Removed" });

        using (_org.Store.BeginTransaction())
        {
            _org.SystemService.Create(new Entity("account") { ["name"] = "New" });
            _org.SystemService.Update(new Entity("account", kept) { ["name"] = "Changed" });
            _org.SystemService.Delete("account", removed);
        }

        Assert.Equal(2, _org.CountRows("account"));
        Assert.Equal("Kept", _org.Peek("account", kept)!["name"]);
        Assert.Equal("Removed", _org.Peek("account", removed)!["name"]);
    }

    [Fact]
    public void A_nested_commit_is_undone_when_the_outer_transaction_rolls_back()
    {
        var outer = _org.Store.BeginTransaction();
        var inner = _org.Store.BeginTransaction();
        var id = _org.SystemService.Create(new Entity("account"));
        inner.Commit();

        outer.Rollback();

        Assert.Null(_org.Peek("account", id));
    }

    [Fact]
    public void A_committed_transaction_keeps_its_writes_and_indexes_follow_a_rollback()
    {
        var parent = _org.SystemService.Create(new Entity("account"));
        var query = new Microsoft.Xrm.Sdk.Query.QueryByAttribute("opportunity") { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet("name") };
        query.AddAttributeValue("parentaccountid", parent);
        using (var transaction = _org.Store.BeginTransaction())
        {
            _org.SystemService.Create(new Entity("opportunity") { ["parentaccountid"] = new EntityReference("account", parent) });
            Assert.Single(_org.SystemService.RetrieveMultiple(query).Entities);
        }

        Assert.Empty(_org.SystemService.RetrieveMultiple(query).Entities);

        using (var transaction = _org.Store.BeginTransaction())
        {
            _org.SystemService.Create(new Entity("opportunity") { ["parentaccountid"] = new EntityReference("account", parent) });
            transaction.Commit();
        }

        Assert.Single(_org.SystemService.RetrieveMultiple(query).Entities);
    }
}
