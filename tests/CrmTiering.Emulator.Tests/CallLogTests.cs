using CrmTiering.Emulator.Security;
using System.Linq;
using CrmTiering.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Tests;

public class CallLogTests
{
    private readonly EmulatedOrganization org = new();

    [Fact]
    public void Each_service_call_is_recorded_with_table_columns_rows_and_identity()
    {
        var rep = org.AddUser("Rep", roles: new[] { StandardRoles.Salesperson });
        var service = org.ServiceFor(rep);

        var id = service.Create(new Entity("account") { ["name"] = "A" });
        service.Retrieve("account", id, new ColumnSet("name"));
        service.RetrieveMultiple(new FetchExpression("<fetch><entity name='account'><attribute name='name' /></entity></fetch>"));
        org.SystemService.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet(true) });

        Assert.Equal(new[] { "Create", "Retrieve", "RetrieveMultiple", "RetrieveMultiple" }, org.Calls.Select(c => c.Message));
        Assert.All(org.Calls, c => Assert.Equal("account", c.Table));
        Assert.Equal(new[] { "name" }, org.Calls[1].Columns);
        Assert.Equal(1, org.Calls[1].RowsReturned);
        Assert.Equal(new[] { "name" }, org.Calls[2].Columns);
        Assert.Equal(rep, org.Calls[2].UserId);
        Assert.False(org.Calls[2].IsSystem);
        Assert.True(org.Calls[3].AllColumns);
        Assert.True(org.Calls[3].IsSystem);
    }

    [Fact]
    public void Since_a_mark_counts_only_later_calls_and_seeding_is_not_a_call()
    {
        org.SystemService.Create(new Entity("account"));
        var mark = org.Calls.Mark();

        org.Seed(new Entity("account"));
        org.SystemService.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") });

        var since = org.Calls.Since(mark);
        Assert.Equal("RetrieveMultiple", Assert.Single(since).Message);
        Assert.Equal(2, since[0].RowsReturned);
    }

    [Fact]
    public void Failed_calls_are_recorded_with_their_fault_code_and_clear_empties_the_log()
    {
        var mark = org.Calls.Mark();
        FaultAssert.Expect(PlatformErrorCodes.ObjectDoesNotExist, () => org.SystemService.Retrieve("account", System.Guid.NewGuid(), new ColumnSet("name")));

        var failed = Assert.Single(org.Calls.Since(mark));
        Assert.True(failed.Failed);
        Assert.Equal(PlatformErrorCodes.ObjectDoesNotExist, failed.FaultCode);

        org.Calls.Clear();
        Assert.Empty(org.Calls);
        Assert.Empty(org.Calls.Since(org.Calls.Mark()));
    }
}
