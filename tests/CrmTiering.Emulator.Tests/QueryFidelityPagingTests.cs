using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Tests;

/// <summary>Paging cookies and query limits.</summary>
public class QueryFidelityPagingTests
{
    private readonly EmulatedOrganization _org = new();

    /// <summary>
    /// "Page results using FetchXml" (fetchxml/page-results), Paging cookies: the cookie holds the previous
    /// page's first and last row, and the next page starts after that last row — a row inserted before it
    /// between pages neither repeats a row nor skips one.
    /// </summary>
    [Fact]
    public void A_paging_cookie_continues_after_the_previous_pages_last_row()
    {
        foreach (var name in new[] { "b", "d", "f", "h" })
        {
            _org.Seed(new Entity("account") { ["name"] = name });
        }

        const string Query = "<fetch count='2' page='{0}' {1}><entity name='account'><attribute name='name' /><order attribute='name' /></entity></fetch>";
        var first = _org.SystemService.RetrieveMultiple(new FetchExpression(string.Format(Query, 1, string.Empty)));
        Assert.Equal(new[] { "b", "d" }, first.Entities.Select(e => (string)e["name"]));
        Assert.Contains("last=\"d\"", first.PagingCookie);

        _org.Seed(new Entity("account") { ["name"] = "a" });   // sorts before the cookie's last row

        var cookie = System.Security.SecurityElement.Escape(first.PagingCookie);
        var second = _org.SystemService.RetrieveMultiple(new FetchExpression(string.Format(Query, 2, $"paging-cookie='{cookie}'")));
        Assert.Equal(new[] { "f", "h" }, second.Entities.Select(e => (string)e["name"]));
        Assert.False(second.MoreRecords);

        // Without the cookie (simple paging) page 2 is positional: the inserted row shifts "d" onto it.
        var simple = _org.SystemService.RetrieveMultiple(new FetchExpression(string.Format(Query, 2, string.Empty)));
        Assert.Equal(new[] { "d", "f" }, simple.Entities.Select(e => (string)e["name"]));
    }

    /// <summary>"Page large result sets with QueryExpression": PagingInfo.PagingCookie from the previous page continues after its last row.</summary>
    [Fact]
    public void A_query_expression_cookie_continues_after_the_last_row()
    {
        for (var i = 0; i < 6; i++)
        {
            _org.Seed(new Entity("task") { ["subject"] = "t" + i });
        }

        var query = new QueryExpression("task") { ColumnSet = new ColumnSet("subject"), PageInfo = new PagingInfo { Count = 3, PageNumber = 1 } };
        query.AddOrder("subject", OrderType.Descending);
        var first = _org.SystemService.RetrieveMultiple(query);
        Assert.Equal("t5,t4,t3", string.Join(",", first.Entities.Select(e => e["subject"])));

        _org.Seed(new Entity("task") { ["subject"] = "t9" });   // would be first: must not appear on page 2
        query.PageInfo.PageNumber = 2;
        query.PageInfo.PagingCookie = first.PagingCookie;
        Assert.Equal("t2,t1,t0", string.Join(",", _org.SystemService.RetrieveMultiple(query).Entities.Select(e => e["subject"])));
    }

    /// <summary>fetch element reference: top "cannot exceed 5,000"; "Page results": the maximum page size is 5,000.</summary>
    [Fact]
    public void Top_and_page_size_above_5000_are_refused()
    {
        FaultAssert.Expect(PlatformErrorCodes.InvalidArgument, () => _org.SystemService.RetrieveMultiple(new FetchExpression("<fetch top='5001'><entity name='account' /></fetch>")));
        FaultAssert.Expect(PlatformErrorCodes.InvalidArgument, () => _org.SystemService.RetrieveMultiple(new FetchExpression("<fetch count='5001' page='1'><entity name='account' /></fetch>")));
        FaultAssert.Expect(PlatformErrorCodes.InvalidArgument, () => _org.SystemService.RetrieveMultiple(new QueryExpression("account") { TopCount = 5001 }));
        Assert.Empty(_org.SystemService.RetrieveMultiple(new FetchExpression("<fetch top='5000'><entity name='account'><attribute name='name' /><filter><condition attribute='name' operator='eq' value='none' /></filter></entity></fetch>")).Entities);
    }

    /// <summary>"Join tables using FetchXml", Limitations: a query holds up to 15 link-entity elements.</summary>
    [Fact]
    public void More_than_15_link_entities_are_refused()
    {
        string Links(int count) => string.Concat(Enumerable.Range(0, count).Select(i => $"<link-entity name='systemuser' from='systemuserid' to='ownerid' link-type='outer' alias='u{i}' />"));

        Assert.NotNull(_org.SystemService.RetrieveMultiple(new FetchExpression($"<fetch><entity name='account'><attribute name='name' />{Links(15)}</entity></fetch>")));
        FaultAssert.Expect(PlatformErrorCodes.InvalidArgument, () => _org.SystemService.RetrieveMultiple(new FetchExpression($"<fetch><entity name='account'><attribute name='name' />{Links(16)}</entity></fetch>")));
    }
}
