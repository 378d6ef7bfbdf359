using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace CrmTiering.Plugins.Tests.Foundation;

/// <summary>Core holds the rules only: no Dataverse SDK type may appear in it, in source or in the built assembly.</summary>
public class CoreIndependenceTests
{
    private const string SdkNamespace = "Microsoft.Xrm";

    [Fact]
    public void Core_sources_never_mention_the_sdk()
    {
        var core = Path.Combine(RepositoryLayout.Root, "Core");
        var separator = Path.DirectorySeparatorChar;

        var offenders = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{separator}bin{separator}") && !path.Contains($"{separator}obj{separator}"))
            .Where(path => File.ReadAllText(path).Contains(SdkNamespace, StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(core, path))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Core_assembly_references_no_sdk_assembly_or_type()
    {
        var path = Path.Combine(RepositoryLayout.Root, "Core", "bin", RepositoryLayout.Configuration, "netstandard2.0", "CrmTiering.Core.dll");
        Assert.True(File.Exists(path), $"{path} is missing: build the solution in {RepositoryLayout.Configuration} first.");
        using var pe = new PEReader(File.OpenRead(path));
        var reader = pe.GetMetadataReader();

        var assemblies = reader.AssemblyReferences
            .Select(handle => reader.GetString(reader.GetAssemblyReference(handle).Name));
        var namespaces = reader.TypeReferences
            .Select(handle => reader.GetString(reader.GetTypeReference(handle).Namespace));

        Assert.DoesNotContain(assemblies, name => name.StartsWith(SdkNamespace, StringComparison.Ordinal));
        Assert.DoesNotContain(namespaces, name => name.StartsWith(SdkNamespace, StringComparison.Ordinal));
    }
}
