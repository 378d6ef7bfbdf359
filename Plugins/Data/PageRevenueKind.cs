using System;
using System.Collections.Generic;
using System.Text;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// One grouped-by-account query of a page sweep (won by parent account, won by customer, paid, pipeline by
/// either path, last completed activity): the table, the lookup naming the account, the filter over a set
/// of accounts, and the aggregate grouped by that lookup. Its probe (<see cref="Probe"/>) is the same
/// filter without the aggregate, joined to the account to be ordered by its id, so the accounts seen before
/// the last returned row are known to be complete.
/// </summary>
public sealed class PageRevenueKind
{
    public const string OwnerAlias = "owner";

    private const string OwnerLinkAlias = "ownerrow";

    private readonly Func<IReadOnlyCollection<Guid>, string> _filter;
    private readonly Func<IReadOnlyCollection<Guid>, string> _aggregate;

    public PageRevenueKind(string what, string table, string idColumn, string ownerColumn, bool queuesWhenTooLarge, Func<IReadOnlyCollection<Guid>, string> filter, Func<IReadOnlyCollection<Guid>, string> aggregate)
    {
        What = what;
        Table = table;
        IdColumn = idColumn;
        OwnerColumn = ownerColumn;
        QueuesWhenTooLarge = queuesWhenTooLarge;
        _filter = filter;
        _aggregate = aggregate;
    }

    /// <summary>What is summed, for traces and the queue row's reason ("won opportunities").</summary>
    public string What { get; }

    public string Table { get; }

    public string IdColumn { get; }

    /// <summary>The lookup that names the account (and the group-by column).</summary>
    public string OwnerColumn { get; }

    /// <summary>
    /// An account too large for this kind is handed to the background (revenue); false when a
    /// non-aggregate per-account query answers it safely instead (the last completed activity).
    /// </summary>
    public bool QueuesWhenTooLarge { get; }

    /// <summary>At most <see cref="RevenueQueries.ProbeRows"/> rows of the filter, ordered by the account's id.</summary>
    public string Probe(IReadOnlyCollection<Guid> accounts) =>
        $"<fetch top=\"{FetchXmlValues.Number(RevenueQueries.ProbeRows)}\">" +
        $"<entity name=\"{Table}\">" +
        $"<attribute name=\"{OwnerColumn}\" />" +
        _filter(accounts) +
        $"<link-entity name=\"{AccountColumns.Table}\" from=\"{AccountColumns.Id}\" to=\"{OwnerColumn}\" link-type=\"inner\" alias=\"{OwnerLinkAlias}\">" +
        $"<attribute name=\"{AccountColumns.Id}\" />" +
        $"<order attribute=\"{AccountColumns.Id}\" />" +
        "</link-entity>" +
        "</entity></fetch>";

    /// <summary>The aggregate grouped by <see cref="OwnerColumn"/> (alias <see cref="OwnerAlias"/>).</summary>
    public string Aggregate(IReadOnlyCollection<Guid> accounts) => _aggregate(accounts);

    /// <summary>The account of a probe row (the joined account's id).</summary>
    public const string ProbeOwnerAttribute = OwnerLinkAlias + "." + AccountColumns.Id;

    /// <summary>An <c>in</c> condition on <paramref name="column"/> over the accounts.</summary>
    public static string In(string column, IReadOnlyCollection<Guid> accounts)
    {
        var condition = new StringBuilder($"<condition attribute=\"{column}\" operator=\"in\">");
        foreach (var id in accounts)
        {
            condition.Append("<value>").Append(FetchXmlValues.Id(id)).Append("</value>");
        }

        return condition.Append("</condition>").ToString();
    }
}
