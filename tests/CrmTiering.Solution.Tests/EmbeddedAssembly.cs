using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace CrmTiering.Solution.Tests;

/// <summary>The names a DLL inside the zip really has, read from its metadata (independently of the packer).</summary>
public sealed class EmbeddedAssembly
{
    public EmbeddedAssembly(byte[] content)
    {
        using var pe = new PEReader(new MemoryStream(content));
        var reader = pe.GetMetadataReader();
        var definition = reader.GetAssemblyDefinition();
        Name = reader.GetString(definition.Name);
        Version = definition.Version.ToString();
        HasPublicKey = !definition.PublicKey.IsNil && reader.GetBlobBytes(definition.PublicKey).Length > 0;
        TypeNames = reader.TypeDefinitions.Select(h => reader.GetTypeDefinition(h))
            .Select(t => (reader.GetString(t.Namespace), reader.GetString(t.Name)))
            .Select(n => n.Item1.Length == 0 ? n.Item2 : n.Item1 + "." + n.Item2)
            .ToHashSet();
    }

    public string Name { get; }

    public string Version { get; }

    public bool HasPublicKey { get; }

    public IReadOnlySet<string> TypeNames { get; }
}
