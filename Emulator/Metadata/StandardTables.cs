using System.Collections.Generic;

namespace CrmTiering.Emulator.Metadata;

/// <summary>
/// Definitions of the standard platform tables the emulator models. State → default status pairs are
/// the platform's "Default State and Status Reason values"; money and date-only columns are the
/// platform's own. Platform tables carry the platform's privilege names and object type codes.
/// A solution's tables and columns are not here: whoever installs a solution declares them in
/// <see cref="TableCatalog"/> (<see cref="TableCatalog.Declare"/>, <see cref="TableCatalog.AddColumns"/>);
/// an undeclared table takes the custom-table defaults (prv{Action}{logicalname}, no code).
/// </summary>
public static class StandardTables
{
    public const string Account = "account";
    public const string Contact = "contact";
    public const string Opportunity = "opportunity";
    public const string OpportunityClose = "opportunityclose";
    public const string Invoice = "invoice";
    public const string Task = "task";
    public const string ActivityPointer = "activitypointer";
    public const string SystemUser = "systemuser";
    public const string Team = "team";
    public const string BusinessUnit = "businessunit";
    public const string TransactionCurrency = "transactioncurrency";
    public const string EnvironmentVariableDefinition = "environmentvariabledefinition";
    public const string EnvironmentVariableValue = "environmentvariablevalue";

    /// <summary>Activity tables share one set of privileges (prvCreateActivity, …), as on the platform.</summary>
    private const string Activity = "Activity";

    /// <summary>Every custom table: Active (0) → Active (1), Inactive (1) → Inactive (2).</summary>
    public static IReadOnlyDictionary<int, int> CustomTableStates() => new Dictionary<int, int> { [0] = 1, [1] = 2 };

    /// <summary>Activities: Open (0) → Open (1), Completed (1) → Completed (2), Canceled (2) → Canceled (3).</summary>
    private static IReadOnlyDictionary<int, int> ActivityStates() => new Dictionary<int, int> { [0] = 1, [1] = 2, [2] = 3 };

    public static IEnumerable<TableDefinition> All()
    {
        yield return new TableDefinition(
            Account,
            defaultStatusByState: CustomTableStates(),
            moneyColumns: new[] { "revenue", "creditlimit" },
            privilegeTableName: "Account",
            objectTypeCode: 1);

        yield return new TableDefinition(Contact, defaultStatusByState: CustomTableStates(), privilegeTableName: "Contact", objectTypeCode: 2);

        // Open 0 → In Progress 1, Won 1 → Won 3, Lost 2 → Canceled 4.
        yield return new TableDefinition(
            Opportunity,
            defaultStatusByState: new Dictionary<int, int> { [0] = 1, [1] = 3, [2] = 4 },
            moneyColumns: new[] { "estimatedvalue", "actualvalue", "budgetamount", "discountamount", "freightamount", "totalamount" },
            dateOnlyColumns: new[] { "actualclosedate" },
            privilegeTableName: "Opportunity",
            objectTypeCode: 3);

        yield return new TableDefinition(
            OpportunityClose,
            primaryIdColumn: "activityid",
            defaultStatusByState: ActivityStates(),
            moneyColumns: new[] { "actualrevenue" },
            isActivity: true,
            privilegeTableName: Activity,
            objectTypeCode: 4208);

        // Active 0 → New 1, Closed 1 → 100003, Paid 2 → Complete 100001, Canceled 3 → 100003.
        yield return new TableDefinition(
            Invoice,
            defaultStatusByState: new Dictionary<int, int> { [0] = 1, [1] = 100003, [2] = 100001, [3] = 100003 },
            moneyColumns: new[]
            {
                "totalamount", "totalamountlessfreight", "totaldiscountamount", "totallineitemamount", "totaltax",
                "freightamount", "discountamount",
            },
            privilegeTableName: "Invoice",
            objectTypeCode: 1090);

        // Open 0 → Not Started 2, Completed 1 → 5, Canceled 2 → 6.
        yield return new TableDefinition(
            Task,
            primaryIdColumn: "activityid",
            defaultStatusByState: new Dictionary<int, int> { [0] = 2, [1] = 5, [2] = 6 },
            isActivity: true,
            privilegeTableName: Activity,
            objectTypeCode: 4212);

        yield return new TableDefinition(ActivityPointer, primaryIdColumn: "activityid", defaultStatusByState: ActivityStates(), privilegeTableName: Activity, objectTypeCode: 4200);
        yield return new TableDefinition(SystemUser, ownership: TableOwnership.Organization, privilegeTableName: "User", objectTypeCode: 8);
        yield return new TableDefinition(Team, ownership: TableOwnership.Organization, privilegeTableName: "Team", objectTypeCode: 9);
        yield return new TableDefinition(BusinessUnit, ownership: TableOwnership.Organization, privilegeTableName: "BusinessUnit", objectTypeCode: 10);
        yield return new TableDefinition(TransactionCurrency, ownership: TableOwnership.Organization, defaultStatusByState: CustomTableStates(), privilegeTableName: "TransactionCurrency", objectTypeCode: 9105);
        yield return new TableDefinition(EnvironmentVariableDefinition, defaultStatusByState: CustomTableStates(), privilegeTableName: "EnvironmentVariableDefinition", objectTypeCode: 380);
        yield return new TableDefinition(EnvironmentVariableValue, defaultStatusByState: CustomTableStates(), privilegeTableName: "EnvironmentVariableValue", objectTypeCode: 381);
    }
}
