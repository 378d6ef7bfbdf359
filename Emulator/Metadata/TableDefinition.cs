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
    private readonly HashSet<string> _moneyColumns;
    private readonly HashSet<string> _dateOnlyColumns;
    private readonly IReadOnlyDictionary<int, int> _defaultStatusByState;

    public TableDefinition(
        string logicalName,
        string? primaryIdColumn = null,
        TableOwnership ownership = TableOwnership.User,
        IReadOnlyDictionary<int, int>? defaultStatusByState = null,
        IEnumerable<string>? moneyColumns = null,
        IEnumerable<string>? dateOnlyColumns = null,
        bool isActivity = false,
        string? privilegeTableName = null,
        int objectTypeCode = 0,
        string? primaryNameColumn = null)
    {
        LogicalName = logicalName ?? throw new ArgumentNullException(nameof(logicalName));
        PrimaryIdColumn = primaryIdColumn ?? logicalName + "id";
        Ownership = ownership;
        _defaultStatusByState = defaultStatusByState ?? new Dictionary<int, int>();
        _moneyColumns = new HashSet<string>(moneyColumns ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
        _dateOnlyColumns = new HashSet<string>(dateOnlyColumns ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
        IsActivity = isActivity;
        PrivilegeTableName = privilegeTableName ?? logicalName;
        ObjectTypeCode = objectTypeCode;
        PrimaryNameColumn = primaryNameColumn ?? PlatformColumns.PrimaryNameOf(logicalName);
    }

    /// <summary>The primary name column: what a lookup to this table shows (EntityReference.Name) and sorts by.</summary>
    public string PrimaryNameColumn { get; }

    private readonly Dictionary<string, IReadOnlyDictionary<int, string>> _choiceLabels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _moneyPrecision = new(StringComparer.Ordinal);

    /// <summary>
    /// Declares a choice column's option labels (value → label in the user's language). Choice columns sort
    /// by label unless the query asks for raw order ("Order rows using FetchXml": choice columns).
    /// </summary>
    public TableDefinition DeclareChoice(string column, IReadOnlyDictionary<int, string> labels)
    {
        _choiceLabels[column] = new Dictionary<int, string>(labels);
        return this;
    }

    /// <summary>The label of a choice value, or null when the column declares no labels.</summary>
    public string? ChoiceLabel(string column, int value) =>
        (_choiceLabels.TryGetValue(column, out var labels) || PlatformColumns.StandardChoices.TryGetValue(column, out labels))
        && labels.TryGetValue(value, out var label) ? label : null;

    /// <summary>True when labels are known for the column (declared, or a platform column such as statecode).</summary>
    public bool HasChoiceLabels(string column) => _choiceLabels.ContainsKey(column);

    /// <summary>
    /// Declares a money column whose precision is its own (PrecisionSource 0: the column's Precision, 0–4). Money
    /// columns without one round to the currency's precision (PrecisionSource 2, the default for new columns).
    /// </summary>
    public TableDefinition DeclareMoneyPrecision(string column, int precision)
    {
        if (precision is < 0 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(precision), "A money column's precision is 0 to 4.");
        }

        _moneyPrecision[column] = precision;
        _moneyColumns.Add(column);
        return this;
    }

    /// <summary>The column's own precision, or null when it follows the currency's precision.</summary>
    public int? MoneyPrecisionOf(string column) => _moneyPrecision.TryGetValue(column, out var precision) ? precision : null;

    public string LogicalName { get; }

    /// <summary>The same table with more money and date-only columns.</summary>
    public TableDefinition WithColumns(IEnumerable<string>? moneyColumns, IEnumerable<string>? dateOnlyColumns) => new(
        LogicalName,
        PrimaryIdColumn,
        Ownership,
        _defaultStatusByState,
        _moneyColumns.Concat(moneyColumns ?? Enumerable.Empty<string>()),
        _dateOnlyColumns.Concat(dateOnlyColumns ?? Enumerable.Empty<string>()),
        IsActivity,
        PrivilegeTableName,
        ObjectTypeCode);

    public string PrimaryIdColumn { get; }

    public TableOwnership Ownership { get; }

    /// <summary>True when the table has statecode/statuscode (filled with defaults on create).</summary>
    public bool HasState => _defaultStatusByState.Count > 0;

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

    public IReadOnlyCollection<string> MoneyColumns => _moneyColumns;

    public bool IsMoney(string column) => _moneyColumns.Contains(column);

    public DateBehavior DateBehaviorOf(string column) =>
        _dateOnlyColumns.Contains(column) ? DateBehavior.DateOnly : DateBehavior.UserLocal;

    /// <summary>The status reason the platform picks for a state when none is given.</summary>
    public int? DefaultStatusFor(int state) =>
        _defaultStatusByState.TryGetValue(state, out var status) ? status : null;
}
