using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator.Calls;
using CrmTiering.Emulator.Security;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Protection;
using CrmTiering.Plugins.Tests.CustomApi;
using CrmTiering.Plugins.Tests.Recalculation;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Plugins.Tests.EndToEnd;

/// <summary>
/// The solution installed as the zip ships it (<see cref="TieringOrganization"/> over the
/// installed-solution fixture) with a sales floor: a rep (Salesperson) who reports to a manager and owns
/// the accounts, and a Tiering Administrator (the shipped role) who runs the sweep. Everything happens
/// through the users' own services and the queued jobs; nothing is seeded but the org and its people.
/// </summary>
public sealed class SalesFloor
{
    public const int Tier1 = 512000000;
    public const int Tier3 = 512000002;
    public const int Initial = 512000000;
    public const int Tier1Slip = 512000003;
    public const int Surge = 512000004;
    public const int HighPriority = 2;
    public const int NormalPriority = 1;

    public SalesFloor(string? policyJson = null)
    {
        Org = new TieringOrganization(currentPolicyJson: policyJson);
        Manager = Org.Org.AddUser("Mona Manager", roles: new[] { StandardRoles.Salesperson });
        Rep = Org.Org.AddUser("Rick Rep", managerId: Manager, roles: new[] { StandardRoles.Salesperson });
        RepService = Org.Org.ServiceFor(Rep);
        Administrator = Org.Org.AddUser("Ada Admin", roles: new[] { StandardRoles.Salesperson, Org.Solution.Role("Tiering Administrator") });
    }

    public TieringOrganization Org { get; }

    public Guid Manager { get; }

    public Guid Rep { get; }

    public IOrganizationService RepService { get; }

    public Guid Administrator { get; }

    public static string ProtectAccountOrigin => typeof(ProtectComputedTierColumns).FullName!;

    public static string ProtectHistoryOrigin => typeof(ProtectTierHistory).FullName!;

    /// <summary>The rep creates an account (it is theirs): without expected revenue it is classified Tier 3 on creation (Initial).</summary>
    public Guid CreateAccount(string name)
    {
        var account = RepService.Create(new Entity(AccountColumns.Table) { [AccountColumns.Name] = name });
        Org.Drain();
        return account;
    }

    /// <summary>The rep opens a deal on the account and the queued work runs; an hour passes first, so history rows sort by time.</summary>
    public Guid OpenDeal(Guid account, decimal value, int probability = 50)
    {
        Org.Clock.Advance(TimeSpan.FromHours(1));
        var deal = RepService.Create(new Entity(OpportunityColumns.Table)
        {
            [OpportunityColumns.ParentAccount] = new EntityReference(AccountColumns.Table, account),
            [OpportunityColumns.EstimatedValue] = new Money(value),
            [OpportunityColumns.CloseProbability] = probability,
            [OpportunityColumns.EstimatedCloseDate] = Org.Clock.UtcNow.Date.AddMonths(1),
        });
        Org.Drain();
        return deal;
    }

    /// <summary>The rep opens a deal and wins it (the WinOpportunity message); the queued work runs.</summary>
    public Guid WinDeal(Guid account, decimal value)
    {
        var deal = OpenDeal(account, value);
        Org.Clock.Advance(TimeSpan.FromHours(1));
        Org.Win(deal, value, RepService);
        Org.Drain();
        return deal;
    }

    /// <summary>The Due sweep as the administrator's scheduled job runs it, page after page.</summary>
    public IReadOnlyList<ParameterCollection> SweepDue() =>
        new TierSweep(Org).RunAs("Due", Org.Org.ServiceFor(Administrator));

    public IReadOnlyList<Entity> TasksFor(Guid account) =>
        Org.Org.SystemService.RetrieveMultiple(new QueryExpression("task")
        {
            ColumnSet = new ColumnSet("ownerid", "prioritycode", "subject", "description", "statecode", "scheduledend"),
            Criteria = { Conditions = { new ConditionExpression("regardingobjectid", ConditionOperator.Equal, account) } },
        }).Entities.ToList();

    /// <summary>The manager completes the open follow-up tasks about the account (they have called the client).</summary>
    public void CompleteTasks(Guid account)
    {
        var manager = Org.Org.ServiceFor(Manager);
        foreach (var task in TasksFor(account).Where(t => t.GetAttributeValue<OptionSetValue>("statecode").Value == 0))
        {
            manager.Update(new Entity("task", task.Id) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(5) });
        }

        Org.Clock.Advance(TimeSpan.FromHours(1));
    }

    /// <summary>The open tasks about the account.</summary>
    public IReadOnlyList<Entity> OpenTasksFor(Guid account) =>
        TasksFor(account).Where(t => t.GetAttributeValue<OptionSetValue>("statecode").Value == 0).ToList();

    /// <summary>The messages each plug-in (by origin) sent since the mark.</summary>
    public IReadOnlyList<string> MessagesBy(string origin, CallMark mark) => Org.CallsBy(origin, mark).Select(c => c.Message).ToList();
}
