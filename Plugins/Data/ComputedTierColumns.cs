using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// The account columns only the tiering plug-ins write (DESIGN: every <c>ctier_</c> account column except
/// the inputs, <c>ctier_recalcrequestedon</c> and <c>ctier_lastreviewedon</c>). The one definition: the
/// protection step's filtering attributes and its checks both use it. The platform's <c>_base</c> twins
/// are left out because no caller can write them anyway.
/// </summary>
public static class ComputedTierColumns
{
    /// <summary>The stored tier state's columns (<see cref="StoredTierColumns"/>) and R17's next contact due.</summary>
    public static IReadOnlyList<string> All { get; } =
        StoredTierColumns.All.Select(column => column.Column).Concat(new[] { AccountColumns.NextContactDue }).ToArray();

    public static bool Contains(string column) => All.Contains(column, StringComparer.Ordinal);
}
