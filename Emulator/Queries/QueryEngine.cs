using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Security;
using CrmTiering.Emulator.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Queries;

/// <summary>
/// Evaluates a <see cref="QuerySpec"/> for a caller: candidate rows (through an index when the
/// filter has an equality on a column), read access, joins, filter, then aggregate or
/// order + page + project. A joined row is an array of stored rows, slot 0 the root.
/// </summary>
internal sealed partial class QueryEngine
{
    private readonly EmulatedOrganization _organization;
    private readonly CallerContext _caller;
    private readonly List<QuerySource> _sources = new();
    private readonly Dictionary<string, int> _slotByAlias = new(StringComparer.Ordinal);
    private readonly RowSource _rowSource;
    private readonly QueryContext _context;

    public QueryEngine(EmulatedOrganization organization, CallerContext caller)
        : this(organization, caller, new QueryContext(organization, caller))
    {
    }

    private QueryEngine(EmulatedOrganization organization, CallerContext caller, QueryContext context)
    {
        _organization = organization;
        _caller = caller;
        _context = context;
        _rowSource = new RowSource(organization);
    }

    public EntityCollection Run(QuerySpec spec)
    {
        QueryLimits.Check(spec, _organization.Options);
        _context.RawOrder = spec.RawOrder;
        AddSource(spec.Root, -1);
        var root = _sources[0];
        var rootFilter = spec.Root.Filter is { IsEmpty: false } filter ? filter : null;
        var filterOnRootOnly = rootFilter is not null && !rootFilter.NamesOtherThan(spec.Root.Alias);

        if (FirstByIdOrder(spec, root, rootFilter) is { } firstRows)
        {
            new JoinedRowOrder(spec.Orders, SlotOf, TableOf, _context).Sort(firstRows);
            return Page(spec, firstRows);
        }

        var rows = new List<StoredRow?[]>();
        foreach (var candidate in Candidates(root, rootFilter))
        {
            if (!root.Access.CanRead(candidate))
            {
                continue;
            }

            var joined = new StoredRow?[_sources.Count];
            joined[0] = candidate;
            if (filterOnRootOnly && !Matches(rootFilter!, joined, 0))
            {
                continue;
            }

            Expand(joined, rows);
        }

        if (rootFilter is not null && !filterOnRootOnly)
        {
            rows = rows.Where(r => Matches(rootFilter, r, 0)).ToList();
        }

        if (spec.IsAggregate)
        {
            var limit = Math.Min(spec.AggregateLimit ?? int.MaxValue, _organization.Options.AggregateRecordLimit);
            var aggregated = new Aggregator(spec, SlotOf, _context).Run(rows, limit, PageSizeOf(spec));
            foreach (var entity in aggregated.Entities)
            {
                LookupNames.Fill(entity, _context.NameOf);
            }

            return aggregated;
        }

        new JoinedRowOrder(spec.Orders, SlotOf, TableOf, _context).Sort(rows);
        return Page(spec, rows);
    }

    private void AddSource(SourceSpec spec, int parentSlot)
    {
        var table = _organization.Tables.Get(spec.Table);
        var slot = _sources.Count;
        _sources.Add(new QuerySource(spec, slot, parentSlot, table, ReadAccess.For(_caller, table, _organization.Directory)));
        _slotByAlias.TryAdd(spec.Alias, slot);
        _slotByAlias.TryAdd(spec.Table, slot);
        foreach (var link in spec.Links)
        {
            if (!link.IsCondition)
            {
                AddSource(link, slot);
            }
        }
    }

    private TableDefinition TableOf(int slot) => _sources[slot].Table;

    /// <summary>A link condition (any, not any, all, not all; exists and in as any) for one parent row.</summary>
    private bool MatchesLink(LinkSpec link, StoredRow? parent)
    {
        var satisfied = 0;
        var failed = 0;
        if (parent?[link.FromColumn] is object key)
        {
            var table = _organization.Tables.Get(link.Table);
            var access = ReadAccess.For(_caller, table, _organization.Directory);
            IEnumerable<StoredRow> candidates = link.ToColumn == table.PrimaryIdColumn
                ? (ValueKey.Of(key) is Guid id && _rowSource.Find(link.Table, id) is StoredRow row ? new[] { row } : Array.Empty<StoredRow>())
                : _rowSource.Where(link.Table, link.ToColumn, key);
            var sub = new QueryEngine(_organization, _caller, _context);
            sub.AddSource(link, -1);
            foreach (var candidate in candidates)
            {
                if (!access.CanRead(candidate))
                {
                    continue;
                }

                if (sub.Satisfies(link, candidate))
                {
                    satisfied++;
                }
                else
                {
                    failed++;
                }
            }
        }

        return link.Kind switch
        {
            LinkKind.Any => satisfied > 0,
            LinkKind.NotAny => satisfied == 0,
            LinkKind.All => failed == 0,
            LinkKind.NotAll => failed > 0,
            _ => throw new InvalidOperationException($"link '{link.Alias}' is not a condition"),
        };
    }

    /// <summary>In a sub-engine rooted at the link: does the row (joined to the link's own links) meet the link's filter?</summary>
    private bool Satisfies(LinkSpec link, StoredRow candidate)
    {
        var joined = new StoredRow?[_sources.Count];
        joined[0] = candidate;
        var expanded = new List<StoredRow?[]>();
        Expand(joined, expanded);
        return expanded.Exists(r => link.Filter is not { IsEmpty: false } filter || Matches(filter, r, 0));
    }

    private int SlotOf(string? alias) =>
        alias is null ? 0
        : _slotByAlias.TryGetValue(alias, out var slot) ? slot
        : throw PlatformFault.InvalidArgument($"The query names the table or alias '{alias}', which it does not contain.");

    /// <summary>Adds the joined rows one root row gives (inner links drop it when nothing matches).</summary>
    private void Expand(StoredRow?[] joined, List<StoredRow?[]> output)
    {
        if (_sources.Count == 1)
        {
            output.Add(joined);
            return;
        }

        var current = new List<StoredRow?[]> { joined };
        for (var slot = 1; slot < _sources.Count && current.Count > 0; slot++)
        {
            var source = _sources[slot];
            var link = source.Link!;
            var next = new List<StoredRow?[]>();
            foreach (var partial in current)
            {
                var matches = partial[source.ParentSlot] is StoredRow parent ? LinkedRows(source, link, parent, partial) : new List<StoredRow>();
                if (matches.Count == 0)
                {
                    if (link.Outer)
                    {
                        next.Add(partial);
                    }

                    continue;
                }

                for (var i = 0; i < matches.Count; i++)
                {
                    var copy = i == matches.Count - 1 ? partial : (StoredRow?[])partial.Clone();
                    copy[slot] = matches[i];
                    next.Add(copy);
                }
            }

            current = next;
        }

        output.AddRange(current);
    }

    private List<StoredRow> LinkedRows(QuerySource source, LinkSpec link, StoredRow parent, StoredRow?[] partial)
    {
        var key = parent[link.FromColumn];
        var found = new List<StoredRow>();
        if (key is null)
        {
            return found;
        }

        IEnumerable<StoredRow> candidates = link.ToColumn == source.Table.PrimaryIdColumn
            ? (ValueKey.Of(key) is Guid id && _rowSource.Find(link.Table, id) is StoredRow row ? new[] { row } : Array.Empty<StoredRow>())
            : _rowSource.Where(link.Table, link.ToColumn, key);
        foreach (var candidate in candidates)
        {
            if (!source.Access.CanRead(candidate))
            {
                continue;
            }

            partial[source.Slot] = candidate;
            if (link.Filter is null || Matches(link.Filter, partial, source.Slot))
            {
                found.Add(candidate);
            }
        }

        partial[source.Slot] = null;
        return found;
    }

    private bool Matches(FilterSpec filter, StoredRow?[] joined, int defaultSlot)
    {
        foreach (var condition in filter.Conditions)
        {
            var slot = condition.EntityAlias is null ? defaultSlot : SlotOf(condition.EntityAlias);
            var behavior = _sources[slot].Table.DateBehaviorOf(condition.Column);
            bool matched;
            if (condition.ValueOf is string other)
            {
                var dot = other.IndexOf('.', StringComparison.Ordinal);
                var otherSlot = dot > 0 ? SlotOf(other[..dot]) : slot;
                matched = ConditionMatcher.MatchesColumn(joined[slot]?[condition.Column], joined[otherSlot]?[dot > 0 ? other[(dot + 1)..] : other], condition, behavior);
            }
            else
            {
                matched = ConditionMatcher.Matches(joined[slot]?[condition.Column], condition, behavior, _context);
            }

            if (matched == filter.IsOr)
            {
                return matched;
            }
        }

        foreach (var link in filter.Links)
        {
            var matched = MatchesLink(link, joined[defaultSlot]);
            if (matched == filter.IsOr)
            {
                return matched;
            }
        }

        foreach (var child in filter.Filters)
        {
            if (child.IsEmpty)
            {
                continue;
            }

            var matched = Matches(child, joined, defaultSlot);
            if (matched == filter.IsOr)
            {
                return matched;
            }
        }

        // And: nothing failed. Or: nothing matched — unless it had nothing to match.
        return !filter.IsOr || filter.IsEmpty;
    }

    private int PageSizeOf(QuerySpec spec) =>
        spec.PageSize > 0 ? Math.Min(spec.PageSize, _organization.Options.MaxPageSize) : _organization.Options.MaxPageSize;

    private EntityCollection Page(QuerySpec spec, List<StoredRow?[]> rows)
    {
        List<Entity>? distinct = spec.Distinct ? rows.Select(Project).DistinctBy(Signature).ToList() : null;
        var total = distinct?.Count ?? rows.Count;
        var size = spec.Top is int top ? top : PageSizeOf(spec);
        var page = spec.Top is null ? Math.Max(spec.PageNumber, 1) : 1;
        var cookieOrders = spec.Orders.All(o => o.EntityAlias is null || SlotOf(o.EntityAlias) == 0);
        var skip = (page - 1) * size;

        // A cookie from the previous page continues after its last row, wherever that row now sits
        // ("Page results": paging cookies); a cookie for another page is ignored (simple paging).
        if (distinct is null && cookieOrders && spec.Top is null && PagingCookie.Read(spec.PagingCookie) is { } cookie && cookie.Page == page - 1)
        {
            var order = new JoinedRowOrder(spec.Orders, SlotOf, TableOf, _context);
            skip = rows.FindIndex(r => order.CompareWithCookie(r, cookie, _sources[0].Table.PrimaryIdColumn) > 0);
            if (skip < 0)
            {
                skip = rows.Count;
            }
        }

        var pageRows = distinct is not null
            ? distinct.Skip(skip).Take(size).ToList()
            : rows.Skip(skip).Take(size).Select(Project).ToList();

        var result = new EntityCollection { EntityName = spec.Table };
        result.Entities.AddRange(pageRows);
        result.MoreRecords = spec.Top is null && total > skip + size;
        result.TotalRecordCount = spec.ReturnTotalRecordCount ? Math.Min(total, _organization.Options.MaxPageSize) : -1;
        result.TotalRecordCountLimitExceeded = spec.ReturnTotalRecordCount && total > _organization.Options.MaxPageSize;
        if (pageRows.Count > 0 && cookieOrders && distinct is null)
        {
            var order = new JoinedRowOrder(spec.Orders, SlotOf, TableOf, _context);
            var first = rows[skip];
            var last = rows[skip + pageRows.Count - 1];
            result.PagingCookie = PagingCookie.For(page, _sources[0].Table.PrimaryIdColumn, order.RootKeys(first), order.RootKeys(last), first[0]!.Id, last[0]!.Id);
        }
        else if (pageRows.Count > 0 && distinct is not null)
        {
            result.PagingCookie = PagingCookie.For(page, _sources[0].Table.PrimaryIdColumn, Array.Empty<(string, object?)>(), Array.Empty<(string, object?)>(), pageRows[0].Id, pageRows[^1].Id);
        }

        return result;
    }

    private Entity Project(StoredRow?[] joined)
    {
        var root = _sources[0];
        var row = joined[0]!;
        var entity = RowProjection.ToEntity(row, root.Table, root.Spec.AllColumns, root.Spec.Columns.Where(c => c.Alias is null).Select(c => c.Name));
        foreach (var aliased in root.Spec.Columns.Where(c => c.Alias is not null))
        {
            if (row[aliased.Name] is object value)
            {
                entity.Attributes[aliased.Alias!] = new AliasedValue(row.Table, aliased.Name, AttributeValues.Copy(value));
            }
        }

        for (var slot = 1; slot < _sources.Count; slot++)
        {
            if (joined[slot] is StoredRow linked)
            {
                RowProjection.AddLinked(entity, linked, _sources[slot].Spec);
            }
        }

        return LookupNames.Fill(entity, _context.NameOf);
    }

    /// <summary>What a distinct query compares: the returned columns, without the primary key unless asked for.</summary>
    private string Signature(Entity entity) => string.Join(
        "\u001f",
        entity.Attributes
            .Where(a => a.Key != _sources[0].Table.PrimaryIdColumn || _sources[0].Spec.AllColumns || _sources[0].Spec.Columns.Any(c => c.Name == a.Key))
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => a.Key + "=" + Convert.ToString(ValueKey.IndexKeyOf(a.Value), CultureInfo.InvariantCulture)));
}
