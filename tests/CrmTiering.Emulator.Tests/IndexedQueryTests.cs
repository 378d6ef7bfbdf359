using System;
using System.Collections.Generic;
using System.Data.SqlTypes;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Tests;

/// <summary>
/// The indexes behind eq / in conditions, or-filters of them and keyset pages in id order must return
/// exactly what a scan of every row returns, also after the rows they hold are updated, deleted,
/// created or rolled back (each query here runs once before the writes, so its index exists and must
/// be kept current). Expected rows are computed here from the rows written, not by the emulator.
/// </summary>
public class IndexedQueryTests
{
    private const int Accounts = 12;
    private readonly EmulatedOrganization _org = new();
    private readonly Guid[] _accounts;
    private readonly Dictionary<Guid, (Guid? Parent, Guid? Customer, int State)> _opportunities = new();

    public IndexedQueryTests()
    {
        _accounts = Enumerable.Range(0, Accounts).Select(i => _org.Seed(new Entity("account") { ["name"] = "a" + i })).ToArray();
        var random = new Random(7);
        for (var i = 0; i < 600; i++)
        {
            // Most name a parent; some only a customer (R4's second path); a few neither.
            Guid? parent = random.Next(10) < 8 ? _accounts[random.Next(Accounts)] : null;
            Guid? customer = random.Next(3) == 0 ? _accounts[random.Next(Accounts)] : null;
            AddOpportunity(parent, customer, random.Next(3), seed: true);
        }
    }

    [Fact]
    public void In_on_a_lookup_returns_every_child_of_the_listed_parents_after_updates_deletes_and_a_rollback()
    {
        var listed = new[] { _accounts[1], _accounts[4], _accounts[9] };
        string Fetch() => "<fetch><entity name='opportunity'><attribute name='opportunityid' /><filter>"
            + "<condition attribute='parentaccountid' operator='in'>" + string.Concat(listed.Select(id => $"<value>{id}</value>")) + "</condition>"
            + "<condition attribute='statecode' operator='eq' value='1' /></filter></entity></fetch>";
        IEnumerable<Guid> Expected() => _opportunities.Where(o => o.Value.Parent is Guid p && listed.Contains(p) && o.Value.State == 1).Select(o => o.Key);

        AssertSameIds(Expected(), Fetch());
        Churn();
        AssertSameIds(Expected(), Fetch());
    }

    [Fact]
    public void An_or_of_ownership_paths_returns_the_accounts_opportunities_after_churn()
    {
        // R4: the parent account, else the customer when there is no parent.
        var account = _accounts[3];
        string Fetch() => "<fetch><entity name='opportunity'><attribute name='opportunityid' /><filter>"
            + "<condition attribute='statecode' operator='eq' value='1' />"
            + $"<filter type='or'><condition attribute='parentaccountid' operator='eq' value='{account}' />"
            + $"<filter><condition attribute='parentaccountid' operator='null' /><condition attribute='customerid' operator='eq' value='{account}' /></filter></filter>"
            + "</filter></entity></fetch>";
        IEnumerable<Guid> Expected() => _opportunities
            .Where(o => o.Value.State == 1 && (o.Value.Parent == account || (o.Value.Parent is null && o.Value.Customer == account)))
            .Select(o => o.Key);

        AssertSameIds(Expected(), Fetch());
        Churn();
        AssertSameIds(Expected(), Fetch());
    }

    [Fact]
    public void An_or_with_an_unindexed_branch_still_returns_every_matching_row()
    {
        // The second branch (ne) bounds nothing, so the whole or-filter must be scanned.
        var account = _accounts[5];
        var fetch = "<fetch><entity name='opportunity'><attribute name='opportunityid' /><filter type='or'>"
            + $"<condition attribute='parentaccountid' operator='eq' value='{account}' />"
            + "<condition attribute='statecode' operator='ne' value='0' /></filter></entity></fetch>";

        AssertSameIds(_opportunities.Where(o => o.Value.Parent == account || o.Value.State != 0).Select(o => o.Key), fetch);
    }

    [Fact]
    public void A_grouped_sum_over_in_listed_parents_counts_each_row_once_after_churn()
    {
        var listed = _accounts.Take(6).ToArray();
        string Fetch() => "<fetch aggregate='true'><entity name='opportunity'>"
            + "<attribute name='parentaccountid' groupby='true' alias='account' /><attribute name='opportunityid' aggregate='count' alias='deals' /><filter>"
            + "<condition attribute='parentaccountid' operator='in'>" + string.Concat(listed.Select(id => $"<value>{id}</value>")) + "</condition>"
            + "</filter></entity></fetch>";
        Dictionary<Guid, int> Expected() => _opportunities.Where(o => o.Value.Parent is Guid p && listed.Contains(p))
            .GroupBy(o => o.Value.Parent!.Value).ToDictionary(g => g.Key, g => g.Count());
        Dictionary<Guid, int> Actual() => _org.SystemService.RetrieveMultiple(new FetchExpression(Fetch())).Entities
            .ToDictionary(e => ((EntityReference)e.GetAttributeValue<AliasedValue>("account").Value).Id, e => (int)e.GetAttributeValue<AliasedValue>("deals").Value);

        Assert.Equal(Expected().OrderBy(p => p.Key), Actual().OrderBy(p => p.Key));
        Churn();
        Assert.Equal(Expected().OrderBy(p => p.Key), Actual().OrderBy(p => p.Key));
    }

    [Fact]
    public void Keyset_pages_in_id_order_visit_every_row_once_in_sql_server_order_while_rows_come_and_go()
    {
        // Enough active rows that the engine walks its ordered ids; page 1 builds them, later pages
        // must see rows created, deactivated and deleted since.
        var active = new HashSet<Guid>(_accounts);
        for (var i = 0; i < 3_000; i++)
        {
            var inactive = i % 10 == 0;
            var id = _org.Seed(new Entity("account") { ["name"] = "k" + i, ["statecode"] = new OptionSetValue(inactive ? 1 : 0) });
            if (!inactive)
            {
                active.Add(id);
            }
        }

        var visited = new List<Guid>();
        var behindCursor = new HashSet<Guid>();
        Guid? last = null;
        var round = 0;
        var random = new Random(3);
        while (true)
        {
            var fetch = "<fetch top='101'><entity name='account'><attribute name='accountid' /><filter>"
                + "<condition attribute='statecode' operator='eq' value='0' />"
                + (last is Guid after ? $"<condition attribute='accountid' operator='gt' value='{after}' />" : string.Empty)
                + "</filter><order attribute='accountid' /></entity></fetch>";
            var page = _org.SystemService.RetrieveMultiple(new FetchExpression(fetch)).Entities.Select(e => e.Id).ToList();
            if (page.Count == 0)
            {
                break;
            }

            visited.AddRange(page);
            last = page[^1];
            if (round++ % 3 == 0)
            {
                var added = _org.SystemService.Create(new Entity("account") { ["name"] = "new" + round });
                active.Add(added);
                if (SqlOrder(added, last.Value) < 0)
                {
                    behindCursor.Add(added); // keyset paging never goes back for it
                }

                var ahead = active.Where(id => SqlOrder(id, last.Value) > 0).OrderBy(id => id).Take(2).ToList();
                if (ahead.Count == 2)
                {
                    _org.SystemService.Delete("account", ahead[0]);
                    _org.SystemService.Update(new Entity("account", ahead[1]) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });
                    active.Remove(ahead[0]);
                    active.Remove(ahead[1]);
                }
            }
        }

        Assert.True(visited.Count > 2_000);
        Assert.Equal(visited.Count, visited.Distinct().Count());
        Assert.Equal(visited.OrderBy(id => new SqlGuid(id)).ToList(), visited); // SQL Server's uniqueidentifier order
        Assert.Equal(active.Where(id => !behindCursor.Contains(id)).OrderBy(id => new SqlGuid(id)), visited.Where(active.Contains));
        Assert.Equal(visited.Count, visited.Count(active.Contains));
    }

    [Fact]
    public void A_top_page_in_id_order_equals_sorting_every_matching_row()
    {
        Churn();
        var fetch = "<fetch top='25'><entity name='opportunity'><attribute name='opportunityid' /><filter>"
            + "<condition attribute='statecode' operator='ne' value='2' /></filter><order attribute='opportunityid' /></entity></fetch>";
        var expected = _opportunities.Where(o => o.Value.State != 2).Select(o => o.Key).OrderBy(id => new SqlGuid(id)).Take(25);

        Assert.Equal(expected, _org.SystemService.RetrieveMultiple(new FetchExpression(fetch)).Entities.Select(e => e.Id));
    }

    /// <summary>Moves rows between parents and states, deletes some, creates some, and rolls back a transaction's writes.</summary>
    private void Churn()
    {
        var random = new Random(11);
        var ids = _opportunities.Keys.ToList();
        foreach (var id in ids.Take(120))
        {
            var parent = _accounts[random.Next(Accounts)];
            var state = random.Next(3);
            _org.SystemService.Update(new Entity("opportunity", id) { ["parentaccountid"] = new EntityReference("account", parent), ["statecode"] = new OptionSetValue(state) });
            _opportunities[id] = (parent, _opportunities[id].Customer, state);
        }

        foreach (var id in ids.Skip(120).Take(40))
        {
            _org.SystemService.Delete("opportunity", id);
            _opportunities.Remove(id);
        }

        for (var i = 0; i < 40; i++)
        {
            AddOpportunity(_accounts[random.Next(Accounts)], null, random.Next(3), seed: false);
        }

        // Writes undone by a rollback must leave no trace in any index.
        using (_org.Store.BeginTransaction())
        {
            foreach (var id in ids.Skip(200).Take(30))
            {
                _org.SystemService.Update(new Entity("opportunity", id) { ["parentaccountid"] = new EntityReference("account", _accounts[random.Next(Accounts)]), ["statecode"] = new OptionSetValue(1) });
            }

            _org.SystemService.Delete("opportunity", ids[260]);
            _org.SystemService.Create(new Entity("opportunity") { ["parentaccountid"] = new EntityReference("account", _accounts[1]), ["statecode"] = new OptionSetValue(1) });
        }
    }

    private Guid AddOpportunity(Guid? parent, Guid? customer, int state, bool seed)
    {
        var row = new Entity("opportunity") { ["statecode"] = new OptionSetValue(state) };
        if (parent is Guid p)
        {
            row["parentaccountid"] = new EntityReference("account", p);
        }

        if (customer is Guid c)
        {
            row["customerid"] = new EntityReference("account", c);
        }

        var id = seed ? _org.Seed(row) : _org.SystemService.Create(row);
        _opportunities[id] = (parent, customer, state);
        return id;
    }

    private void AssertSameIds(IEnumerable<Guid> expected, string fetch) =>
        Assert.Equal(
            expected.OrderBy(id => id).ToList(),
            _org.SystemService.RetrieveMultiple(new FetchExpression(fetch)).Entities.Select(e => e.Id).OrderBy(id => id).ToList());

    private static int SqlOrder(Guid a, Guid b) => new SqlGuid(a).CompareTo(new SqlGuid(b));
}
