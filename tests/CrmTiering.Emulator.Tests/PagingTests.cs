using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Tests;

public class PagingTests
{
    private readonly EmulatedOrganization _org = new();

    public PagingTests()
    {
        _org.Seed(Enumerable.Range(0, 12_000).Select(i => new Entity("task") { ["subject"] = "t" + i, ["prioritycode"] = new OptionSetValue(i % 3) }));
    }

    [Fact]
    public void Paging_through_12000_rows_gives_pages_of_5000_and_every_row_once()
    {
        var query = new QueryExpression("task") { ColumnSet = new ColumnSet("subject"), PageInfo = new PagingInfo { PageNumber = 1 } };
        var sizes = new List<int>();
        var seen = new HashSet<Guid>();
        while (true)
        {
            var page = _org.SystemService.RetrieveMultiple(query);
            sizes.Add(page.Entities.Count);
            seen.UnionWith(page.Entities.Select(e => e.Id));
            if (!page.MoreRecords)
            {
                break;
            }

            Assert.False(string.IsNullOrEmpty(page.PagingCookie));
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        Assert.Equal(new[] { 5000, 5000, 2000 }, sizes);
        Assert.Equal(12_000, seen.Count);
    }

    [Fact]
    public void A_page_size_above_5000_is_refused_and_a_smaller_one_is_kept()
    {
        // "Page results using FetchXml": the default and maximum page size is 5,000 rows (see QueryLimitTests).
        var big = new QueryExpression("task") { ColumnSet = new ColumnSet("subject"), PageInfo = new PagingInfo { Count = 8000, PageNumber = 1 } };
        var small = new QueryExpression("task") { ColumnSet = new ColumnSet("subject"), PageInfo = new PagingInfo { Count = 250, PageNumber = 3 } };

        FaultAssert.Expect(Faults.PlatformErrorCodes.InvalidArgument, () => _org.SystemService.RetrieveMultiple(big));
        var third = _org.SystemService.RetrieveMultiple(small);
        Assert.Equal(250, third.Entities.Count);
        Assert.True(third.MoreRecords);
    }

    [Fact]
    public void Fetch_pages_with_count_and_page()
    {
        var last = _org.SystemService.RetrieveMultiple(new FetchExpression(
            "<fetch count='5000' page='3'><entity name='task'><attribute name='subject' /><order attribute='subject' /></entity></fetch>"));

        Assert.Equal(2000, last.Entities.Count);
        Assert.False(last.MoreRecords);
    }

    [Fact]
    public void Top_count_limits_rows_and_cannot_be_combined_with_paging()
    {
        var query = new QueryExpression("task") { ColumnSet = new ColumnSet("subject"), TopCount = 7 };
        var top = _org.SystemService.RetrieveMultiple(query);
        Assert.Equal(7, top.Entities.Count);
        Assert.False(top.MoreRecords);

        query.PageInfo = new PagingInfo { Count = 10, PageNumber = 1 };
        FaultAssert.Expect(PlatformErrorCodes.InvalidArgument, () => _org.SystemService.RetrieveMultiple(query));
        FaultAssert.Expect(PlatformErrorCodes.InvalidArgument, () => _org.SystemService.RetrieveMultiple(new FetchExpression(
            "<fetch top='5' count='5'><entity name='task'><attribute name='subject' /></entity></fetch>")));
    }

    [Fact]
    public void Total_record_count_is_given_on_request_up_to_5000()
    {
        var query = new QueryExpression("task") { ColumnSet = new ColumnSet("subject"), PageInfo = new PagingInfo { Count = 10, PageNumber = 1, ReturnTotalRecordCount = true } };
        query.Criteria.AddCondition("prioritycode", ConditionOperator.Equal, 1);

        var page = _org.SystemService.RetrieveMultiple(query);

        Assert.Equal(4000, page.TotalRecordCount);
        Assert.False(page.TotalRecordCountLimitExceeded);
    }
}
