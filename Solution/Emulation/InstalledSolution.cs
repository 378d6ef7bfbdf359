using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator;
using CrmTiering.Emulator.CustomApi;
using CrmTiering.Emulator.Pipeline;
using CrmTiering.Emulator.Security;
using CrmTiering.Emulator.Workflows;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Solution.Emulation;

/// <summary>What <see cref="InstalledSolution.Install"/> may vary; by default it installs exactly what the zip ships.</summary>
public sealed class InstallOptions
{
    public PipelineOptions? Pipeline { get; init; }

    /// <summary>The processes' owner (background workflows run as their owner); by default a System Administrator "Solution Owner" is added.</summary>
    public Guid? ProcessOwner { get; init; }

    /// <summary>
    /// The plug-in type that handles a registration (the benchmark's naive comparison keeps every
    /// registration but runs another recalculation); by default each registration's own plug-in.
    /// </summary>
    public Func<StepRegistration, Type>? StepHandler { get; init; }
}

/// <summary>
/// The solution installed into an emulated organisation, exactly as the zip ships it:
/// the product tables' columns (Solution/src/Entities, <see cref="ShippedTables"/>), the security roles
/// (Solution/src/Roles), the tier policy environment variable definition
/// (Solution/src/environmentvariabledefinitions), every step of <see cref="TieringSteps.Shipped"/>
/// (<see cref="EmulatorSteps"/>), the Custom APIs (Solution/src/customapis, <see cref="ShippedCustomApis"/>)
/// and the processes (Solution/src/Workflows, <see cref="SolutionProcesses"/>), with the rows an import leaves in the
/// solution-component tables (<see cref="SolutionComponentRows"/>). The only place the solution
/// is set up in an emulated org: the tests, the simulator and the bench all start here.
/// </summary>
public sealed class InstalledSolution
{
    public const string RolesFolder = "Roles";
    public const string VariablesFolder = "environmentvariabledefinitions";
    public const string ProcessOwnerName = "Solution Owner";

    private readonly Dictionary<string, SecurityRole> _roles;
    private readonly Dictionary<string, Guid> _variables;

    private InstalledSolution(EmulatedOrganization organization, InstallOptions options)
    {
        Organization = organization;
        ShippedTables.DeclareIn(organization.Tables);
        _roles = ShippedSources.Under(RolesFolder).Select(p => RoleFile.Parse(ShippedSources.Text(p))).ToDictionary(r => r.Name, StringComparer.Ordinal);
        foreach (var role in _roles.Values)
        {
            organization.AddRole(role);
        }

        _variables = ShippedSources.Under(VariablesFolder).Select(ShippedSources.Xml)
            .ToDictionary(v => v.Attribute("schemaname")!.Value, v => organization.Seed(new Entity(EnvironmentVariableColumns.DefinitionTable)
            {
                [EnvironmentVariableColumns.SchemaName] = v.Attribute("schemaname")!.Value,
                [EnvironmentVariableColumns.DefaultValue] = v.Element("defaultvalue")?.Value,
                ["displayname"] = v.Element("displayname")?.Attribute("default")?.Value,
                ["type"] = new OptionSetValue(int.Parse(v.Element("type")!.Value, System.Globalization.CultureInfo.InvariantCulture)),
            }), StringComparer.Ordinal);

        var handler = options.StepHandler ?? (registration => registration.PluginType);
        Pipeline = EventPipeline.Attach(organization, options.Pipeline);
        Pipeline.Register(TieringSteps.Shipped.Select(step => EmulatorSteps.ToEmulator(step, handler(step))));
        CustomApis = ShippedCustomApis.All();
        foreach (var api in CustomApis)
        {
            Pipeline.RegisterCustomApi(api);
        }

        SolutionComponentRows.SeedInto(organization, CustomApis);

        ProcessOwner = options.ProcessOwner ?? organization.AddUser(ProcessOwnerName, roles: new[] { StandardRoles.SystemAdministrator });
        Host = new ProcessHost(Pipeline);
        Processes = new SolutionProcesses(Host, ProcessOwner);
    }

    public EmulatedOrganization Organization { get; }

    public EventPipeline Pipeline { get; }

    public ProcessHost Host { get; }

    public SolutionProcesses Processes { get; }

    public Guid ProcessOwner { get; }

    public IReadOnlyList<CustomApiDefinition> CustomApis { get; }

    /// <summary>The shipped security roles by name ("Tiering Administrator", …), added to the organisation.</summary>
    public IReadOnlyDictionary<string, SecurityRole> Roles => _roles;

    /// <summary>The tier policy environment variable's definition row.</summary>
    public Guid PolicyDefinitionId => _variables[EnvironmentVariableColumns.TierPolicySchemaName];

    /// <summary>Installs the solution into the organisation (once per organisation).</summary>
    public static InstalledSolution Install(EmulatedOrganization organization, InstallOptions? options = null) =>
        new(organization ?? throw new ArgumentNullException(nameof(organization)), options ?? new InstallOptions());

    public SecurityRole Role(string name) =>
        _roles.TryGetValue(name, out var role) ? role : throw new KeyNotFoundException($"The solution ships no role named '{name}'.");

    /// <summary>Gives the tier policy a current value, as an admin does to change the policy.</summary>
    public Guid SetPolicy(string json) => Organization.Seed(new Entity(EnvironmentVariableColumns.ValueTable)
    {
        [EnvironmentVariableColumns.SchemaName] = EnvironmentVariableColumns.TierPolicySchemaName,
        [EnvironmentVariableColumns.Value] = json,
        [EnvironmentVariableColumns.DefinitionId] = new EntityReference(EnvironmentVariableColumns.DefinitionTable, PolicyDefinitionId),
    });
}
