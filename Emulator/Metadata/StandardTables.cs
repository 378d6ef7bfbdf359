using System.Collections.Generic;

namespace CrmTiering.Emulator.Metadata;

/// <summary>
/// Definitions of the tables the product touches. State → default status pairs are the
/// platform's "Default State and Status Reason values"; money and date-only columns are the ones
/// the product reads or writes.
/// </summary>
public static class StandardTables
{
    public const string Account = "account";
    public const string Opportunity = "opportunity";
    public const string OpportunityClose = "opportunityclose";
    public const string Invoice = "invoice";
    public const string Task = "task";
    public const string ActivityPointer = "activitypointer";
    public const string SystemUser = "systemuser";
    public const string Team = "team";
    public const string BusinessUnit = "businessunit";
    public const string TransactionCurrency = "transactioncurrency";
    public const string TierChange = "ctier_tierchange";
    public const string TierRecalculation = "ctier_tierrecalculation";
    public const string EnvironmentVariableDefinition = "environmentvariabledefinition";
    public const string EnvironmentVariableValue = "environmentvariablevalue";

    /// <summary>Every custom table: Active (0) → Active (1), Inactive (1) → Inactive (2).</summary>
    public static IReadOnlyDictionary<int, int> CustomTableStates() => new Dictionary<int, int> { [0] = 1, [1] = 2 };

    /// <summary>Activities: Open (0) → Open (1), Completed (1) → Completed (2), Canceled (2) → Canceled (3).</summary>
    private static IReadOnlyDictionary<int, int> ActivityStates() => new Dictionary<int, int> { [0] = 1, [1] = 2, [2] = 3 };

    public static IEnumerable<TableDefinition> All()
    {
        yield return new TableDefinition(
            Account,
            defaultStatusByState: CustomTableStates(),
            moneyColumns: new[]
            {
                "revenue", "creditlimit", "ctier_effectiverevenue", "ctier_wonrevenue", "ctier_paidrevenue",
                "ctier_expectedannualrevenue",
            },
            dateOnlyColumns: new[] { "ctier_tieroverrideuntil" });

        // Open 0 → In Progress 1, Won 1 → Won 3, Lost 2 → Canceled 4.
        yield return new TableDefinition(
            Opportunity,
            defaultStatusByState: new Dictionary<int, int> { [0] = 1, [1] = 3, [2] = 4 },
            moneyColumns: new[] { "estimatedvalue", "actualvalue", "budgetamount", "discountamount", "freightamount", "totalamount" },
            dateOnlyColumns: new[] { "actualclosedate" });

        yield return new TableDefinition(
            OpportunityClose,
            primaryIdColumn: "activityid",
            defaultStatusByState: ActivityStates(),
            moneyColumns: new[] { "actualrevenue" },
            isActivity: true);

        // Active 0 → New 1, Closed 1 → 100003, Paid 2 → Complete 100001, Canceled 3 → 100003.
        yield return new TableDefinition(
            Invoice,
            defaultStatusByState: new Dictionary<int, int> { [0] = 1, [1] = 100003, [2] = 100001, [3] = 100003 },
            moneyColumns: new[]
            {
                "totalamount", "totalamountlessfreight", "totaldiscountamount", "totallineitemamount", "totaltax",
                "freightamount", "discountamount",
            });

        // Open 0 → Not Started 2, Completed 1 → 5, Canceled 2 → 6.
        yield return new TableDefinition(
            Task,
            primaryIdColumn: "activityid",
            defaultStatusByState: new Dictionary<int, int> { [0] = 2, [1] = 5, [2] = 6 },
            isActivity: true);

        yield return new TableDefinition(ActivityPointer, primaryIdColumn: "activityid", defaultStatusByState: ActivityStates());
        yield return new TableDefinition(SystemUser, ownership: TableOwnership.Organization);
        yield return new TableDefinition(Team, ownership: TableOwnership.Organization);
        yield return new TableDefinition(BusinessUnit, ownership: TableOwnership.Organization);
        yield return new TableDefinition(TransactionCurrency, ownership: TableOwnership.Organization, defaultStatusByState: CustomTableStates());
        yield return new TableDefinition(
            TierChange,
            ownership: TableOwnership.Organization,
            defaultStatusByState: CustomTableStates(),
            moneyColumns: new[] { "ctier_effectiverevenue" });
        yield return new TableDefinition(
            TierRecalculation,
            ownership: TableOwnership.Organization,
            defaultStatusByState: CustomTableStates(),
            dateOnlyColumns: new[] { "ctier_backfillfrom" });
        yield return new TableDefinition(EnvironmentVariableDefinition, defaultStatusByState: CustomTableStates());
        yield return new TableDefinition(EnvironmentVariableValue, defaultStatusByState: CustomTableStates());
    }
}
