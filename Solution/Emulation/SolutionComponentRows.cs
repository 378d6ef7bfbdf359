using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using CrmTiering.Emulator;
using CrmTiering.Emulator.CustomApi;
using CrmTiering.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Solution.Emulation;

/// <summary>
/// The rows an import of the managed zip leaves in the org's solution-component tables, from the same sources
/// the zip is packed from: the <c>solution</c> row (Solution/src/Other/Solution.xml's unique name, the release
/// the packer stamps), one <c>sdkmessageprocessingstep</c> per step of <see cref="TieringSteps.Shipped"/> under its
/// pinned id, one <c>customapi</c> per Solution/src/customapis folder, and the <c>sdkmessage</c> rows those steps
/// name plus Win and Lose (which <c>crmtiering doctor</c> looks up). The pipeline skips a step whose row an admin
/// disables, as the platform does.
/// </summary>
public static class SolutionComponentRows
{
    public const string SolutionTable = "solution";
    public const string StepTable = CrmTiering.Emulator.Pipeline.EventPipeline.StepRowTable;
    public const string MessageTable = "sdkmessage";
    public const string CustomApiTable = "customapi";
    public const string ManifestPath = "Other/Solution.xml";

    /// <summary>The messages doctor names with their ids (the two optional steps need them at build time).</summary>
    public static IReadOnlyList<string> OpportunityCloseMessages { get; } = new[] { "Win", "Lose" };

    /// <summary>The release this build ships (Directory.Build.props' CrmTieringRelease, as the packer stamps it).</summary>
    public static string Release { get; } =
        typeof(SolutionComponentRows).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "CrmTieringRelease")?.Value
        ?? throw new InvalidOperationException("The fixture assembly carries no CrmTieringRelease metadata (see its csproj).");

    public static string SolutionUniqueName { get; } =
        ShippedSources.Xml(ManifestPath).Element("SolutionManifest")?.Element("UniqueName")?.Value
        ?? throw new FormatException($"Solution/src/{ManifestPath} names no UniqueName.");

    public static void SeedInto(EmulatedOrganization organization, IEnumerable<CustomApiDefinition> customApis)
    {
        organization.Seed(new Entity(SolutionTable, NameBasedId(SolutionTable, SolutionUniqueName))
        {
            ["uniquename"] = SolutionUniqueName,
            ["version"] = Release,
            ["ismanaged"] = true,
        });

        var messages = TieringSteps.Shipped.Select(step => step.Message).Concat(OpportunityCloseMessages).Distinct(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            organization.Seed(new Entity(MessageTable, MessageId(message)) { ["name"] = message });
        }

        foreach (var step in TieringSteps.Shipped)
        {
            organization.Seed(new Entity(StepTable, step.Id)
            {
                ["name"] = step.Name,
                ["statecode"] = new OptionSetValue(0),
                ["stage"] = new OptionSetValue((int)step.Stage),
                ["mode"] = new OptionSetValue((int)step.Mode),
                ["rank"] = step.Rank,
                ["filteringattributes"] = step.FilteringAttributes.Count == 0 ? null : string.Join(",", step.FilteringAttributes),
                ["sdkmessageid"] = new EntityReference(MessageTable, MessageId(step.Message)),
            });
        }

        foreach (var api in customApis)
        {
            organization.Seed(new Entity(CustomApiTable, NameBasedId(CustomApiTable, api.UniqueName))
            {
                ["uniquename"] = api.UniqueName,
                ["executeprivilegename"] = api.ExecutePrivilegeName,
            });
        }
    }

    /// <summary>The emulated org's id of an sdkmessage (on a real org each org has its own).</summary>
    public static Guid MessageId(string message) => NameBasedId(MessageTable, message);

    // Derived from the name, not drawn from the org's id source, so installing never shifts a seeded org's ids.
    private static Guid NameBasedId(string table, string name)
    {
        using var md5 = MD5.Create();
        var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(table + ":" + name));
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x30);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
