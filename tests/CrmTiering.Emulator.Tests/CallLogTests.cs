using System.Linq;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Tests;

public class CallLogTests
{
    private readonly EmulatedOrganization _org = new();

    [Fact]
    public void Each_service_call_is_recorded_with_table_columns_rows_and_identity()
    {
        var rep = _org.AddUser("Rep", roles: new[] { StandardRoles.Salesperson });
        var service = _org.ServiceFor(rep);

        var id = service.Create(new Entity("account") { ["name"] = "A" });
        service.Retrieve("account", id, new ColumnSet("name"));
        service.RetrieveMultiple(new FetchExpression("<fetch><entity name='account'><attribute name='name' /></entity></fetch>"));
        _org.SystemService.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet(true) });

        Assert.Equal(new[] { "Create", "Retrieve", "RetrieveMultiple", "RetrieveMultiple" }, _org.Calls.Select(c => c.Message));
        Assert.All(_org.Calls, c => Assert.Equal("account", c.Table));
        Assert.Equal(new[] { "name" }, _org.Calls[1].Columns);
        Assert.Equal(1, _org.Calls[1].RowsReturned);
        Assert.Equal(new[] { "name" }, _org.Calls[2].Columns);
        Assert.Equal(rep, _org.Calls[2].UserId);
        Assert.False(_org.Calls[2].IsSystem);
        Assert.True(_org.Calls[3].AllColumns);
        Assert.True(_org.Calls[3].IsSystem);
    }

    [Fact]
    public void Since_a_mark_counts_only_later_calls_and_seeding_is_not_a_call()
    {
        _org.SystemService.Create(new Entity("account"));
        var mark = _org.Calls.Mark();

        _org.Seed(new Entity("account"));
        _org.SystemService.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") });

        var since = _org.Calls.Since(mark);
        Assert.Equal("RetrieveMultiple", Assert.Single(since).Message);
        Assert.Equal(2, since[0].RowsReturned);
    }

    [Fact]
    public void Failed_calls_are_recorded_with_their_fault_code_and_clear_empties_the_log()
    {
        var mark = _org.Calls.Mark();
        FaultAssert.Expect(PlatformErrorCodes.ObjectDoesNotExist, () => _org.SystemService.Retrieve("account", System.Guid.NewGuid(), new ColumnSet("name")));

        var failed = Assert.Single(_org.Calls.Since(mark));
        Assert.True(failed.Failed);
        Assert.Equal(PlatformErrorCodes.ObjectDoesNotExist, failed.FaultCode);

        _org.Calls.Clear();
        Assert.Empty(_org.Calls);
        Assert.Empty(_org.Calls.Since(_org.Calls.Mark()));
    }
}
