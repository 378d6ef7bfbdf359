using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace CrmTiering.Plugins.Tests.Foundation;

/// <summary>
/// The net462 deployable (plug-ins and workflow activities in one assembly) is what Dataverse loads: strong-named with the committed key, version
/// 1.0.x.y, and bound to nothing but .NET Framework and the SDK (the sandbox loads no other assembly).
/// </summary>
public class DeployableAssemblyTests
{
    private const string SdkToken = "31bf3856ad364e35";

    // Public key tokens of .NET Framework's own assemblies (ECMA, Microsoft, MicrosoftShared).
    private static readonly string[] FrameworkTokens = { "b77a5c561934e089", "b03f5f7f11d50a3a", SdkToken };

    private static readonly string[] SdkAssemblies = { "Microsoft.Xrm.Sdk", "Microsoft.Xrm.Sdk.Workflow" };

    [Theory]
    [InlineData("Plugins")]
    public void Deployable_is_signed_with_the_committed_key(string project)
    {
        var expectedKey = StrongNameKey.PublicKeyOf(Path.Combine(RepositoryLayout.Root, "CrmTiering.snk"));

        using var assembly = Open(project);
        var definition = assembly.Reader.GetAssemblyDefinition();

        Assert.Equal(expectedKey, assembly.Reader.GetBlobBytes(definition.PublicKey));
        Assert.True(assembly.Pe.PEHeaders.CorHeader!.Flags.HasFlag(CorFlags.StrongNameSigned), "the assembly is not strong-name signed");
    }

    [Theory]
    [InlineData("Plugins")]
    public void Deployable_version_stays_1_0_so_Dataverse_updates_rather_than_adds_it(string project)
    {
        using var assembly = Open(project);

        var version = assembly.Reader.GetAssemblyDefinition().Version;

        Assert.Equal(1, version.Major);
        Assert.Equal(0, version.Minor);
    }

    [Theory]
    [InlineData("Plugins")]
    public void Deployable_references_the_sdk_by_its_real_identity(string project)
    {
        using var assembly = Open(project);

        var sdk = References(assembly).Single(r => r.Name == "Microsoft.Xrm.Sdk");

        Assert.Equal(new Version(9, 0, 0, 0), sdk.Version);
        Assert.Equal(SdkToken, sdk.Token);
    }

    [Theory]
    [InlineData("Plugins")]
    public void Deployable_references_only_framework_and_sdk_assemblies(string project)
    {
        using var assembly = Open(project);

        var foreign = References(assembly)
            .Where(r => SdkAssemblies.Contains(r.Name)
                ? r.Version != new Version(9, 0, 0, 0) || r.Token != SdkToken
                : !FrameworkTokens.Contains(r.Token) || r.Version.Major != 4)
            .Select(r => $"{r.Name} {r.Version} {r.Token}")
            .ToList();

        Assert.Empty(foreign);
    }

    [Theory]
    [InlineData("Plugins")]
    public void Deployable_carries_Core_compiled_in_by_source(string project)
    {
        using var assembly = Open(project);

        var coreTypes = assembly.Reader.TypeDefinitions
            .Select(handle => assembly.Reader.GetString(assembly.Reader.GetTypeDefinition(handle).Namespace))
            .Count(ns => ns == "CrmTiering.Core" || ns.StartsWith("CrmTiering.Core.", StringComparison.Ordinal));

        Assert.True(coreTypes > 0, "no CrmTiering.Core type is compiled into the deployable");
    }

    [Fact]
    public void The_net10_build_references_Core_instead_of_compiling_it_in()
    {
        using var assembly = new OpenAssembly(RepositoryLayout.BuiltAssembly("Plugins", "net10.0"));

        Assert.Contains(References(assembly), r => r.Name == "CrmTiering.Core");
        Assert.DoesNotContain(
            assembly.Reader.TypeDefinitions.Select(handle => assembly.Reader.GetString(assembly.Reader.GetTypeDefinition(handle).Namespace)),
            ns => ns.StartsWith("CrmTiering.Core", StringComparison.Ordinal));
    }

    [Fact]
    public void The_deployable_holds_the_workflow_activities_too()
    {
        using var assembly = Open("Plugins");

        var namespaces = assembly.Reader.TypeDefinitions
            .Select(handle => assembly.Reader.GetString(assembly.Reader.GetTypeDefinition(handle).Namespace))
            .ToHashSet();

        Assert.Contains("CrmTiering.Workflows", namespaces);
        Assert.Contains("CrmTiering.Plugins.Recalculation", namespaces);
    }

    private static OpenAssembly Open(string project)
    {
        var path = RepositoryLayout.BuiltAssembly(project, "net462");
        Assert.True(File.Exists(path), $"{path} is missing: build the solution in {RepositoryLayout.Configuration} first.");
        return new OpenAssembly(path);
    }

    private static (string Name, Version Version, string Token)[] References(OpenAssembly assembly) =>
        assembly.Reader.AssemblyReferences
            .Select(handle => assembly.Reader.GetAssemblyReference(handle))
            .Select(r => (
                assembly.Reader.GetString(r.Name),
                r.Version,
                Convert.ToHexString(assembly.Reader.GetBlobBytes(r.PublicKeyOrToken)).ToLowerInvariant()))
            .ToArray();

    private sealed class OpenAssembly : IDisposable
    {
        public OpenAssembly(string path)
        {
            Pe = new PEReader(File.OpenRead(path));
            Reader = Pe.GetMetadataReader();
        }

        public PEReader Pe { get; }

        public MetadataReader Reader { get; }

        public void Dispose() => Pe.Dispose();
    }
}
