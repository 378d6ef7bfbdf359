using System;
using CrmTiering.Emulator;
using CrmTiering.Emulator.Security;
using CrmTiering.Solution.Emulation;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tests.Workflows;

/// <summary>
/// An emulated organisation set up for the follow-up tests: a rep with a manager (Salesperson role), a
/// process owner (System Administrator), the solution installed as it ships with that owner owning its
/// processes (<see cref="InstalledSolution"/>; policy: the shipped default, optional current value), and helpers
/// that add accounts and tier-change rows as RecordTierChange would write them.
/// </summary>
public sealed class TieringOrganization
{
    public const int Tier1 = 512000000;
    public const int Tier2 = 512000001;
    public const int Tier3 = 512000002;
    public const int Initial = 512000000;
    public const int Promotion = 512000001;
    public const int Tier1Slip = 512000003;
    public const int Surge = 512000004;
    public const int FromPlugin = 512000000;
    public const int FromOverride = 512000002;
    public const int FromBackfill = 512000003;

    /// <summary>DESIGN's default policy v1 written with only its required fields: the base tests extend with one more field.</summary>
    public const string DefaultPolicyJson =
        "{\"tiers\":[{\"name\":\"Tier 1\",\"minRevenue\":500000,\"responseHours\":24,\"contactEveryDays\":30},"
        + "{\"name\":\"Tier 2\",\"minRevenue\":100000,\"responseHours\":36,\"contactEveryDays\":60},"
        + "{\"name\":\"Tier 3\",\"minRevenue\":0,\"responseHours\":48,\"contactEveryDays\":90}]}";

    public static readonly DateTime AsOf = new DateTime(2026, 3, 31, 12, 0, 0, DateTimeKind.Utc);

    public TieringOrganization()
    {
        Organization = new EmulatedOrganization(new EmulatorOptions { Clock = new ManualClock(AsOf.AddHours(1)) });
        Manager = Organization.AddUser("Mona Manager", roles: new[] { StandardRoles.Salesperson });
        Rep = Organization.AddUser("Rick Rep", managerId: Manager, roles: new[] { StandardRoles.Salesperson });
        // The processes' owner assigns tasks to other users, so it needs more than a rep: an administrator, as in most orgs.
        ProcessOwner = Organization.AddUser("Tiering Automation", roles: new[] { StandardRoles.SystemAdministrator });
        Solution = InstalledSolution.Install(Organization, new InstallOptions { ProcessOwner = ProcessOwner });
    }

    /// <summary>The solution as the zip ships it.</summary>
    public InstalledSolution Solution { get; }

    public EmulatedOrganization Organization { get; }

    public Guid Manager { get; }

    public Guid Rep { get; }

    public Guid ProcessOwner { get; }

    /// <summary>Gives the environment variable a current value (what an admin does to change the policy).</summary>
    public void SetPolicy(string json) => Solution.SetPolicy(json);

    /// <summary>An account owned by <paramref name="owner"/> (a systemuser or a team).</summary>
    public Guid AddAccount(string name, EntityReference owner, int? tier = null) => Organization.Seed(new Entity("account")
    {
        ["name"] = name,
        ["ownerid"] = owner,
        ["ctier_tier"] = tier is int value ? new OptionSetValue(value) : null,
    });

    public Guid AddAccount(string name) => AddAccount(name, new EntityReference("systemuser", Rep));

    /// <summary>The row RecordTierChange writes for one tier change.</summary>
    public static Entity TierChange(Guid accountId, int? from, int to, int movement, int source = FromPlugin, DateTime? calculatedOn = null) =>
        new Entity("ctier_tierchange")
        {
            ["ctier_name"] = "tier change",
            ["ctier_accountid"] = new EntityReference("account", accountId),
            ["ctier_fromtier"] = from is int value ? new OptionSetValue(value) : null,
            ["ctier_totier"] = new OptionSetValue(to),
            ["ctier_movement"] = new OptionSetValue(movement),
            ["ctier_source"] = new OptionSetValue(source),
            ["ctier_reason"] = "Effective revenue fell below the threshold.",
            ["ctier_calculatedon"] = calculatedOn ?? AsOf,
        };

    public Guid AddTierChange(Guid accountId, int? from, int to, int movement, int source = FromPlugin, DateTime? calculatedOn = null) =>
        Organization.Seed(TierChange(accountId, from, to, movement, source, calculatedOn));
}
