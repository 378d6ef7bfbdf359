using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator;
using CrmTiering.Emulator.CustomApi;
using CrmTiering.Emulator.Security;
using CrmTiering.Plugins.CustomApi;
using CrmTiering.Solution.Emulation;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Bench.Sweep;

/// <summary>
/// An emulated organisation with the solution installed as it ships (<see cref="InstalledSolution"/>),
/// a Tiering Administrator who runs the sweep, four currencies and the seeded <see cref="SweepSpread"/>.
/// Ids come from a seeded generator, so two builds with the same seed hold the same rows under the
/// same ids and both paths sweep the same pages. For <see cref="SweepPath.PerAccount"/> the Custom
/// API keeps its definition (parameters, privilege) but runs <see cref="PerAccountSweep"/>.
/// </summary>
public sealed class SweptOrganization
{
    public static readonly DateTime Start = new(2026, 1, 20, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Pipeline weight and a zone other than UTC, so every query kind and the zone's day bounds are exercised.</summary>
    public const string PolicyJson =
        "{\"pipelineWeight\":0.5,\"timeZone\":\"W. Europe Standard Time\",\"tiers\":[{\"name\":\"Tier 1\",\"minRevenue\":500000},{\"name\":\"Tier 2\",\"minRevenue\":100000},{\"name\":\"Tier 3\",\"minRevenue\":0}]}";

    private SweptOrganization(int accounts, int seed, SweepPath path, SpreadShape shape)
    {
        var ids = new Random(seed ^ 0x5eed);
        Clock = new ManualClock(Start);
        Org = new EmulatedOrganization(new EmulatorOptions
        {
            Clock = Clock,
            NewId = () =>
            {
                var bytes = new byte[16];
                ids.NextBytes(bytes);
                return new Guid(bytes);
            },
        });
        Solution = InstalledSolution.Install(Org);
        Solution.SetPolicy(PolicyJson);
        if (path == SweepPath.PerAccount)
        {
            Solution.Pipeline.RegisterCustomApi(WithPlugin(Solution.CustomApis.Single(api => api.UniqueName == RecalculateTiersApi.UniqueName), typeof(PerAccountSweep)));
        }

        Administrator = Org.AddUser("Ada Admin", roles: new[] { StandardRoles.Salesperson, Solution.Role("Tiering Administrator") });
        var currencies = new List<Guid> { Org.BaseCurrencyId, Org.AddCurrency("EUR", 0.92m), Org.AddCurrency("GBP", 0.79m), Org.AddCurrency("JPY", 151.3m) };
        var spread = new SweepSpread(seed, Start, currencies, shape);
        Accounts = spread.Seed(Org, accounts);
        Rows = spread.Rows;
    }

    public ManualClock Clock { get; }

    public EmulatedOrganization Org { get; }

    public InstalledSolution Solution { get; }

    public Guid Administrator { get; }

    /// <summary>The seeded accounts, in creation order.</summary>
    public IReadOnlyList<Guid> Accounts { get; }

    /// <summary>Rows seeded: accounts and their opportunities, invoices and activities.</summary>
    public long Rows { get; }

    /// <summary>The admin's own service: the client every sweep call goes through.</summary>
    public IOrganizationService AdministratorService => Org.ServiceFor(Administrator);

    /// <param name="shape">The giants; by default the benchmark's (<see cref="SpreadShape.For"/>).</param>
    public static SweptOrganization Build(int accounts, int seed, SweepPath path, SpreadShape? shape = null) =>
        new(accounts, seed, path, shape ?? SpreadShape.For(accounts));

    private static CustomApiDefinition WithPlugin(CustomApiDefinition shipped, Type pluginType)
    {
        var definition = new CustomApiDefinition(shipped.UniqueName, pluginType) { ExecutePrivilegeName = shipped.ExecutePrivilegeName, RunAsSystem = shipped.RunAsSystem };
        foreach (var parameter in shipped.RequestParameters)
        {
            definition.RequestParameters.Add(parameter);
        }

        foreach (var property in shipped.ResponseProperties)
        {
            definition.ResponseProperties.Add(property);
        }

        return definition;
    }
}
