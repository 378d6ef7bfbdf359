using System;
using System.Collections.Generic;
using CrmTiering.Emulator;
using CrmTiering.Emulator.Pipeline;
using CrmTiering.Emulator.Workflows;
using CrmTiering.Plugins.CustomApi;
using CrmTiering.Solution.Emulation;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Cli.Simulate;

/// <summary>
/// An emulated organisation with the solution installed as it ships, by the fixture the plug-in tests
/// use (<see cref="InstalledSolution"/>): every step of TieringSteps.Shipped, the Custom API, both
/// processes (owned by the sales organisation's admin), the roles, and the tier policy at its shipped default.
/// Ids come from the seed, so two runs with the same seed create the same rows.
/// </summary>
public sealed class SimulatedOrganization
{
    public SimulatedOrganization(SimulationSettings settings, Random random)
    {
        Clock = new ManualClock(settings.Start);
        var ids = new Random(random.Next());
        Organization = new EmulatedOrganization(new EmulatorOptions
        {
            Clock = Clock,
            NewId = () =>
            {
                var bytes = new byte[16];
                ids.NextBytes(bytes);
                return new Guid(bytes);
            },
        });
        People = new SalesOrganization(Organization, random);
        Solution = InstalledSolution.Install(Organization, new InstallOptions { ProcessOwner = People.Admin });
        Currencies = new[]
        {
            new TradingCurrency(Organization.BaseCurrencyId, Organization.Options.BaseCurrencyCode, 1m),
            new TradingCurrency(Organization.AddCurrency("EUR", 0.92m), "EUR", 0.92m),
            new TradingCurrency(Organization.AddCurrency("GBP", 0.79m), "GBP", 0.79m),
        };
    }

    public ManualClock Clock { get; }

    public EmulatedOrganization Organization { get; }

    public InstalledSolution Solution { get; }

    public EventPipeline Pipeline => Solution.Pipeline;

    public ProcessHost Host => Solution.Host;

    public SolutionProcesses Processes => Solution.Processes;

    public SalesOrganization People { get; }

    public IReadOnlyList<TradingCurrency> Currencies { get; }

    /// <summary>Calls <c>ctier_RecalculateTiers</c> as the admin's scheduled job does: page after page until no more.</summary>
    public void Sweep(string mode)
    {
        var admin = Organization.ServiceFor(People.Admin);
        string? cookie = null;
        do
        {
            var request = new OrganizationRequest(RecalculateTiersApi.UniqueName) { [RecalculateTiersApi.Mode] = mode };
            if (cookie is not null) request[RecalculateTiersApi.PageCookie] = cookie;
            var results = admin.Execute(request).Results;
            cookie = results.TryGetValue(RecalculateTiersApi.MoreRecords, out var more) && more is true
                ? results[RecalculateTiersApi.PageCookie] as string
                : null;
        }
        while (cookie is not null);
    }

    /// <summary>Runs the on-demand quarterly review over the accounts, as the admin.</summary>
    public void RunQuarterlyReview(IEnumerable<EntityReference> accounts)
    {
        Host.RunOnDemand(Processes.QuarterlyReview, accounts, People.Admin);
    }
}
