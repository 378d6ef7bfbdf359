using System;
using System.Collections.Generic;
using CrmTiering.Emulator;
using CrmTiering.Emulator.Security;

namespace CrmTiering.Cli.Simulate;

/// <summary>
/// The people of the simulated organisation: one business unit per region, each with a manager,
/// reps reporting to that manager and a key-account team; plus the admin who runs the sweeps and
/// owns the processes. In one region the manager has left (disabled), so its follow-up tasks go to
/// the reps themselves (R14's fallback). Managers and reps hold the Salesperson role, the admin
/// System Administrator (it runs the Custom API, whatever its execute privilege).
/// </summary>
public sealed class SalesOrganization
{
    public const string ManagerRole = "manager";
    public const string RepRole = "rep";
    public const string TeamRole = "team";
    public const int RepsPerRegion = 3;

    private static readonly string[] Regions = { "North", "South", "West" };
    private static readonly string[] FirstNames = { "Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kira", "Luca", "Maya", "Noah", "Olga", "Pavel", "Rosa", "Sami" };
    private static readonly string[] LastNames = { "Berg", "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Hansen", "Ito", "Jensen", "Klein", "Lopez", "Moreau", "Novak", "Okafor", "Patel", "Quinn" };

    private readonly Dictionary<Guid, SalesPerson> _people = new();
    private readonly List<SalesPerson> _reps = new();
    private readonly List<SalesPerson> _teams = new();
    private readonly Dictionary<Guid, Guid> _actorOf = new();

    public SalesOrganization(EmulatedOrganization org, Random random)
    {
        var usedNames = new HashSet<string>();
        Admin = org.AddUser("Tiering Admin", roles: new[] { StandardRoles.SystemAdministrator });
        Add(new SalesPerson(Admin, "Tiering Admin", "admin", "Head office"));
        foreach (var region in Regions)
        {
            var unit = org.AddBusinessUnit(region);
            var managerLeft = region == "West";
            var managerName = PersonName(random, usedNames);
            var manager = org.AddUser(managerName, unit, disabled: managerLeft, roles: new[] { StandardRoles.Salesperson });
            Add(new SalesPerson(manager, managerName, ManagerRole, region));
            var members = new List<Guid>();
            for (var i = 0; i < RepsPerRegion; i++)
            {
                var repName = PersonName(random, usedNames);
                var rep = org.AddUser(repName, unit, managerId: manager, roles: new[] { StandardRoles.Salesperson });
                var person = new SalesPerson(rep, repName, RepRole, region);
                Add(person);
                _reps.Add(person);
                members.Add(rep);
            }
            var teamName = region + " key accounts";
            var team = org.AddTeam(teamName, unit, members.ToArray());
            var teamPerson = new SalesPerson(team, teamName, TeamRole, region);
            Add(teamPerson);
            _teams.Add(teamPerson);
            // A team's records are edited by its first member (the region's manager may have left).
            _actorOf[team] = members[0];
        }
    }

    public Guid Admin { get; }

    public IReadOnlyList<SalesPerson> Reps => _reps;

    public IReadOnlyList<SalesPerson> Teams => _teams;

    public SalesPerson Find(Guid id) => _people.TryGetValue(id, out var person) ? person : new SalesPerson(id, id.ToString(), "unknown", "");

    /// <summary>The user who acts for an owner: a rep acts for themselves, a team through its first member.</summary>
    public Guid ActingUserFor(SalesPerson owner) => owner.IsTeam ? _actorOf[owner.Id] : owner.Id;

    private void Add(SalesPerson person) => _people[person.Id] = person;

    private static string PersonName(Random random, HashSet<string> used)
    {
        while (true)
        {
            var name = FirstNames[random.Next(FirstNames.Length)] + " " + LastNames[random.Next(LastNames.Length)];
            if (used.Add(name)) return name;
        }
    }
}
