using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Calls;

/// <summary>Reads from a request what the call log shows: table, columns, query text.</summary>
internal static class CallDescription
{
    public static CallRecord Describe(OrganizationRequest request, CallerContext caller, int sequence)
    {
        string? table = null;
        IReadOnlyList<string> columns = Array.Empty<string>();
        var allColumns = false;
        string? queryText = null;

        var parameters = request.Parameters;
        if (parameters.TryGetValue("Target", out var target))
        {
            switch (target)
            {
                case Entity entity:
                    table = entity.LogicalName;
                    columns = entity.Attributes.Select(a => a.Key).ToList();
                    break;
                case EntityReference reference:
                    table = reference.LogicalName;
                    break;
            }
        }

        if (parameters.TryGetValue("ColumnSet", out var columnSet) && columnSet is ColumnSet set)
        {
            (columns, allColumns) = (set.Columns.ToList(), set.AllColumns);
        }

        if (parameters.TryGetValue("Query", out var query))
        {
            switch (query)
            {
                case QueryExpression expression:
                    table = expression.EntityName;
                    (columns, allColumns) = Of(expression.ColumnSet);
                    queryText = nameof(QueryExpression);
                    break;
                case QueryByAttribute byAttribute:
                    table = byAttribute.EntityName;
                    (columns, allColumns) = Of(byAttribute.ColumnSet);
                    queryText = nameof(QueryByAttribute);
                    break;
                case FetchExpression fetch:
                    queryText = fetch.Query;
                    (table, columns, allColumns) = OfFetch(fetch.Query);
                    break;
            }
        }

        return new CallRecord(sequence, request.RequestName ?? string.Empty, table, columns, allColumns, queryText, caller);
    }

    private static (IReadOnlyList<string>, bool) Of(ColumnSet? set) =>
        set is null ? (Array.Empty<string>(), false) : (set.Columns.ToList(), set.AllColumns);

    private static (string?, IReadOnlyList<string>, bool) OfFetch(string? fetchXml)
    {
        try
        {
            var entity = XDocument.Parse(fetchXml ?? string.Empty).Root?.Element("entity");
            if (entity is null)
            {
                return (null, Array.Empty<string>(), false);
            }

            var columns = entity.Elements("attribute").Select(a => (string?)a.Attribute("name") ?? string.Empty).ToList();
            return ((string?)entity.Attribute("name"), columns, entity.Element("all-attributes") is not null);
        }
        catch (XmlException)
        {
            // The handler reports malformed FetchXML as a fault; the log just keeps the text.
            return (null, Array.Empty<string>(), false);
        }
    }
}
