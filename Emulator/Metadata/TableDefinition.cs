using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmTiering.Emulator.Metadata;

/// <summary>
/// The little the emulator needs to know about a table: primary key, ownership, state defaults,
/// money and date-only columns. Columns not listed are accepted and stored as given.
/// </summary>
public sealed class TableDefinition
{
    private readonly HashSet<string> moneyColumns;
    private readonly HashSet<string> dateOnlyColumns;
    private readonly IReadOnlyDictionary<int, int> defaultStatusByState;

    public TableDefinition(
        string logicalName,
        string? primaryIdColumn = null,
        TableOwnership ownership = TableOwnership.User,
        IReadOnlyDictionary<int, int>? defaultStatusByState = null,
        IEnumerable<string>? moneyColumns = null,
        IEnumerable<string>? dateOnlyColumns = null,
        bool isActivity = false,
        string? privilegeTableName = null,
        int objectTypeCode = 0)
    {
        LogicalName = logicalName ?? throw new ArgumentNullException(nameof(logicalName));
        PrimaryIdColumn = primaryIdColumn ?? logicalName + "id";
        Ownership = ownership;
        this.defaultStatusByState = defaultStatusByState ?? new Dictionary<int, int>();
        this.moneyColumns = new HashSet<string>(moneyColumns ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
        this.dateOnlyColumns = new HashSet<string>(dateOnlyColumns ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
        IsActivity = isActivity;
        PrivilegeTableName = privilegeTableName ?? logicalName;
        ObjectTypeCode = objectTypeCode;
    }

    public string LogicalName { get; }

    /// <summary>The same table with more money and date-only columns.</summary>
    public TableDefinition WithColumns(IEnumerable<string>? moneyColumns, IEnumerable<string>? dateOnlyColumns) => new(
        LogicalName,
        PrimaryIdColumn,
        Ownership,
        defaultStatusByState,
        this.moneyColumns.Concat(moneyColumns ?? Enumerable.Empty<string>()),
        this.dateOnlyColumns.Concat(dateOnlyColumns ?? Enumerable.Empty<string>()),
        IsActivity,
        PrivilegeTableName,
        ObjectTypeCode);

    public string PrimaryIdColumn { get; }

    public TableOwnership Ownership { get; }

    /// <summary>True when the table has statecode/statuscode (filled with defaults on create).</summary>
    public bool HasState => defaultStatusByState.Count > 0;

    /// <summary>Activity tables also appear in the activitypointer view.</summary>
    public bool IsActivity { get; }

    /// <summary>
    /// The table's part of its privilege names: <c>prvCreate{this}</c>. A custom table's logical name by
    /// default (prvCreatectier_tierchange, as the platform names them); platform tables have their own
    /// (Account, User for systemuser, Activity for every activity table).
    /// </summary>
    public string PrivilegeTableName { get; }

    /// <summary>The platform's object type code (1 account, 8 systemuser, …); 0 for a custom table (the platform assigns ≥ 10000 at install).</summary>
    public int ObjectTypeCode { get; }

    /// <summary>The privilege an action on this table needs, e.g. prvWriteAccount.</summary>
    public string PrivilegeName(Security.PrivilegeAction action) => "prv" + action + PrivilegeTableName;

    public IReadOnlyCollection<string> MoneyColumns => moneyColumns;

    public bool IsMoney(string column) => moneyColumns.Contains(column);

    public DateBehavior DateBehaviorOf(string column) =>
        dateOnlyColumns.Contains(column) ? DateBehavior.DateOnly : DateBehavior.UserLocal;

    /// <summary>The status reason the platform picks for a state when none is given.</summary>
    public int? DefaultStatusFor(int state) =>
        defaultStatusByState.TryGetValue(state, out var status) ? status : null;
}
