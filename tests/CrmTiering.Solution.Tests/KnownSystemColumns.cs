using System;
using System.Collections.Generic;

namespace CrmTiering.Solution.Tests;

/// <summary>
/// System columns steps may filter on or ask for in images (logical names from Microsoft's table
/// reference pages). Custom ctier_ columns are checked against customizations.xml instead.
/// </summary>
public static class KnownSystemColumns
{
    private static readonly string[] Common =
        { "createdon", "createdby", "modifiedon", "modifiedby", "ownerid", "owningbusinessunit", "owninguser", "owningteam", "statecode", "statuscode", "transactioncurrencyid", "exchangerate", "overriddencreatedon" };

    private static readonly Dictionary<string, string[]> ByTable = new(StringComparer.Ordinal)
    {
        ["opportunity"] = new[] { "opportunityid", "name", "parentaccountid", "parentcontactid", "customerid", "actualvalue", "actualvalue_base", "actualclosedate", "estimatedvalue", "estimatedvalue_base", "estimatedclosedate", "closeprobability" },
        ["invoice"] = new[] { "invoiceid", "name", "accountid", "contactid", "customerid", "totalamount", "totalamount_base", "totalamountlessfreight", "totalamountlessfreight_base", "datedelivered" },
        ["account"] = new[] { "accountid", "name", "revenue", "revenue_base", "parentaccountid", "masterid", "merged" },
        ["opportunityclose"] = new[] { "opportunityid", "actualrevenue", "actualend" },
        ["environmentvariabledefinition"] = new[] { "environmentvariabledefinitionid", "schemaname", "defaultvalue", "type" },
        ["environmentvariablevalue"] = new[] { "environmentvariablevalueid", "environmentvariabledefinitionid", "schemaname", "value" },
        ["ctier_tierchange"] = new[] { "ctier_tierchangeid" },
    };

    public static bool Contains(string table, string column) =>
        Array.IndexOf(Common, column) >= 0 || (ByTable.TryGetValue(table, out var columns) && Array.IndexOf(columns, column) >= 0);
}
