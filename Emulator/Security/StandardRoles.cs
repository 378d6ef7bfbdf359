using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmTiering.Emulator.Security;

/// <summary>
/// Approximations of two of the platform's roles, for tests and simulations. They are not the
/// platform's role definitions (which hold hundreds of privileges and differ by app): System
/// Administrator holds every privilege at Organization depth; Salesperson holds what a sales
/// rep needs on the core sales tables at User/BusinessUnit depth (depths after the platform's
/// documented Salesperson defaults for activities) and nothing on any custom (ctier_) table.
/// Immutable, so the same definition can be added to any organisation.
/// </summary>
public static class StandardRoles
{
    public const string SystemAdministratorName = "System Administrator";
    public const string SalespersonName = "Salesperson";

    /// <summary>Every privilege at Organization depth, the bypass privileges included (listed so tests can see them).</summary>
    public static SecurityRole SystemAdministrator { get; } = SecurityRole.WithEveryPrivilege(
        new Guid("627090ff-40a3-4053-8790-584edc5be201"),
        SystemAdministratorName,
        new[] { BusinessLogicBypass.BypassCustomPluginsPrivilege, BusinessLogicBypass.BypassCustomBusinessLogicPrivilege }
            .Select(p => new KeyValuePair<string, PrivilegeDepth>(p, PrivilegeDepth.Organization)));

    /// <summary>
    /// A sales rep: creates records they own, writes records of their business unit, deletes their
    /// own; reads (for the record) users, currencies and environment variables. No bypass privilege.
    /// </summary>
    public static SecurityRole Salesperson { get; } = new(
        new Guid("a1f6e2d0-5c3b-4f7e-9d1a-0c7e5b2f8a41"),
        SalespersonName,
        SalesPrivileges());

    private static IEnumerable<KeyValuePair<string, PrivilegeDepth>> SalesPrivileges()
    {
        foreach (var table in new[] { "Account", "Contact", "Opportunity", "Invoice" })
        {
            yield return Privilege("prvCreate" + table, PrivilegeDepth.User);
            yield return Privilege("prvRead" + table, PrivilegeDepth.BusinessUnit);
            yield return Privilege("prvWrite" + table, PrivilegeDepth.BusinessUnit);
            yield return Privilege("prvDelete" + table, PrivilegeDepth.User);
            yield return Privilege("prvAppend" + table, PrivilegeDepth.BusinessUnit);
            yield return Privilege("prvAppendTo" + table, PrivilegeDepth.BusinessUnit);
        }

        // Activities (task, opportunityclose, …) share the Activity privileges; depths as the platform's documented Salesperson defaults.
        yield return Privilege("prvCreateActivity", PrivilegeDepth.User);
        yield return Privilege("prvReadActivity", PrivilegeDepth.Organization);
        yield return Privilege("prvWriteActivity", PrivilegeDepth.BusinessUnit);
        yield return Privilege("prvDeleteActivity", PrivilegeDepth.User);
        yield return Privilege("prvAppendActivity", PrivilegeDepth.BusinessUnit);
        yield return Privilege("prvAppendToActivity", PrivilegeDepth.BusinessUnit);

        foreach (var read in new[] { "prvReadUser", "prvReadTeam", "prvReadBusinessUnit", "prvReadTransactionCurrency", "prvReadEnvironmentVariableDefinition", "prvReadEnvironmentVariableValue" })
        {
            yield return Privilege(read, PrivilegeDepth.Organization);
        }
    }

    private static KeyValuePair<string, PrivilegeDepth> Privilege(string name, PrivilegeDepth depth) => new(name, depth);
}
