using System;
using System.Linq;
using CrmTiering.Emulator;
using CrmTiering.Emulator.Pipeline;
using CrmTiering.Emulator.Security;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Recalculation;
using CrmTiering.Solution.Emulation;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Bench.Calls;

/// <summary>
/// An emulated organisation with the solution installed as it ships (<see cref="InstalledSolution"/>);
/// for <see cref="Recalculator.Naive"/> the RecalculateAccountTier steps keep their registrations
/// but run <see cref="NaiveRecalculation"/>. One account, whose history is seeded directly.
/// </summary>
public sealed class MeasuredOrganization
{
    public static readonly DateTime Start = new(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    private const int WonState = 1;
    private readonly EventPipeline _pipeline;
    private readonly IOrganizationService _rep;

    public MeasuredOrganization(Recalculator recalculator)
    {
        Org = new EmulatedOrganization(new EmulatorOptions { Clock = new ManualClock(Start) });
        var naive = recalculator == Recalculator.Naive;
        _pipeline = InstalledSolution.Install(Org, new InstallOptions
        {
            StepHandler = step => naive && step.PluginType == typeof(RecalculateAccountTier) ? typeof(NaiveRecalculation) : step.PluginType,
        }).Pipeline;
        _rep = Org.ServiceFor(Org.AddUser("Rep", roles: new[] { StandardRoles.Salesperson }));
        Account = Org.Seed(new Entity(AccountColumns.Table) { [AccountColumns.Name] = "Contoso", [AccountColumns.CreatedOn] = Start.AddYears(-3) });
    }

    public EmulatedOrganization Org { get; }

    public Guid Account { get; }

    public int? Tier => Org.Peek(AccountColumns.Table, Account)?.GetAttributeValue<OptionSetValue>(AccountColumns.Tier)?.Value;

    /// <summary>Won deals worth <paramref name="totalValue"/> in all, one a day back from the start, cycling over 365 days.</summary>
    public void SeedWonHistory(int rows, decimal totalValue)
    {
        var each = totalValue / rows;
        Org.Seed(Enumerable.Range(0, rows).Select(i => new Entity(OpportunityColumns.Table)
        {
            [OpportunityColumns.ParentAccount] = new EntityReference(AccountColumns.Table, Account),
            [OpportunityColumns.ActualValue] = new Money(each),
            [OpportunityColumns.ActualCloseDate] = Start.Date.AddDays(-(i % 365)),
            [OpportunityColumns.State] = new OptionSetValue(WonState),
        }));
    }

    /// <summary>The rep creates an open opportunity closing next month.</summary>
    public Guid CreateOpenOpportunity(decimal estimatedValue) =>
        _rep.Create(new Entity(OpportunityColumns.Table)
        {
            [OpportunityColumns.ParentAccount] = new EntityReference(AccountColumns.Table, Account),
            [OpportunityColumns.EstimatedValue] = new Money(estimatedValue),
            [OpportunityColumns.CloseProbability] = 50,
            [OpportunityColumns.EstimatedCloseDate] = Start.Date.AddMonths(1),
        });

    /// <summary>The rep wins the opportunity (the Win message) for an actual value.</summary>
    public void Win(Guid opportunity, decimal actualValue)
    {
        var request = new OrganizationRequest("WinOpportunity");
        request.Parameters[OpportunityColumns.CloseActivityParameter] = new Entity("opportunityclose")
        {
            [OpportunityColumns.CloseActivityOpportunity] = new EntityReference(OpportunityColumns.Table, opportunity),
            ["actualrevenue"] = new Money(actualValue),
        };
        request.Parameters["Status"] = new OptionSetValue(-1);
        _rep.Execute(request);
    }

    /// <summary>Runs the queued jobs; a failed job would make every count meaningless, so it stops the run.</summary>
    public void Drain()
    {
        _pipeline.DrainAsyncQueue();
        var failed = _pipeline.FailedJobs.FirstOrDefault();
        if (failed is not null)
        {
            throw new InvalidOperationException($"An asynchronous job failed: {failed} {failed.Error}");
        }
    }

    /// <summary>Runs <paramref name="act"/> and the jobs it queues; returns what the plug-ins spent.</summary>
    public EventCost Measure(Action act)
    {
        var mark = Org.Calls.Mark();
        act();
        Drain();
        return EventCost.Of(Org.Calls.Since(mark));
    }
}
