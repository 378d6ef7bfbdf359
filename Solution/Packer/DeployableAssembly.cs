using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

namespace CrmTiering.Solution.Packer;

/// <summary>
/// A built deployable (plug-in or workflow assembly) as Dataverse sees it: identity, bytes and the public
/// classes it can register. Read from metadata only, so a net462 DLL is never loaded into .NET 10.
/// </summary>
public sealed class DeployableAssembly
{
    private DeployableAssembly(string path, string simpleName, string fullName, byte[] content, IReadOnlyList<string> pluginTypes, IReadOnlyList<string> workflowActivities)
    {
        Path = path;
        SimpleName = simpleName;
        FullName = fullName;
        Content = content;
        PluginTypes = pluginTypes;
        WorkflowActivities = workflowActivities;
    }

    public string Path { get; }

    public string SimpleName { get; }

    /// <summary>"Name, Version=…, Culture=neutral, PublicKeyToken=…" exactly as Dataverse writes FullName.</summary>
    public string FullName { get; }

    public byte[] Content { get; }

    /// <summary>Full names of public non-abstract classes implementing Microsoft.Xrm.Sdk.IPlugin.</summary>
    public IReadOnlyList<string> PluginTypes { get; }

    /// <summary>Full names of public sealed non-abstract classes deriving from System.Activities.CodeActivity.</summary>
    public IReadOnlyList<string> WorkflowActivities { get; }

    public static DeployableAssembly Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new PackingException(string.Format(PackingMessages.MissingFile, path));
        }

        var content = File.ReadAllBytes(path);
        using var pe = new PEReader(new MemoryStream(content));
        var reader = pe.GetMetadataReader();
        var definition = reader.GetAssemblyDefinition();
        var simpleName = reader.GetString(definition.Name);
        var culture = definition.Culture.IsNil ? string.Empty : reader.GetString(definition.Culture);
        var fullName = $"{simpleName}, Version={definition.Version}, Culture={(culture.Length == 0 ? "neutral" : culture)}, PublicKeyToken={Token(reader.GetBlobBytes(definition.PublicKey))}";
        var types = new TypeInspector(reader);
        return new DeployableAssembly(path, simpleName, fullName, content, types.PluginTypes(), types.WorkflowActivities());
    }

    /// <summary>The last 8 bytes of the SHA-1 of the public key, reversed (the .NET definition of a token).</summary>
    private static string Token(byte[] publicKey)
    {
        if (publicKey.Length == 0)
        {
            return "null";
        }

#pragma warning disable CA5350 // the public key token is defined with SHA-1.
        var hash = SHA1.HashData(publicKey);
#pragma warning restore CA5350
        return string.Concat(hash.Skip(hash.Length - 8).Reverse().Select(b => b.ToString("x2")));
    }

    private sealed class TypeInspector
    {
        private readonly MetadataReader _reader;

        public TypeInspector(MetadataReader reader) => _reader = reader;

        public IReadOnlyList<string> PluginTypes() =>
            Candidates(sealedOnly: false).Where(t => Implements(t, "Microsoft.Xrm.Sdk", "IPlugin")).Select(FullName).OrderBy(n => n, StringComparer.Ordinal).ToList();

        public IReadOnlyList<string> WorkflowActivities() =>
            Candidates(sealedOnly: true).Where(t => DerivesFrom(t, "System.Activities", "CodeActivity")).Select(FullName).OrderBy(n => n, StringComparer.Ordinal).ToList();

        private IEnumerable<TypeDefinitionHandle> Candidates(bool sealedOnly) =>
            _reader.TypeDefinitions.Where(h =>
            {
                var attributes = _reader.GetTypeDefinition(h).Attributes;
                return (attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public
                    && (attributes & TypeAttributes.Interface) == 0
                    && (attributes & TypeAttributes.Abstract) == 0
                    && (!sealedOnly || (attributes & TypeAttributes.Sealed) != 0);
            });

        private string FullName(TypeDefinitionHandle handle)
        {
            var type = _reader.GetTypeDefinition(handle);
            var ns = _reader.GetString(type.Namespace);
            var name = _reader.GetString(type.Name);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        private bool Implements(TypeDefinitionHandle handle, string ns, string name)
        {
            var type = _reader.GetTypeDefinition(handle);
            foreach (var implementation in type.GetInterfaceImplementations())
            {
                if (Names(_reader.GetInterfaceImplementation(implementation).Interface, ns, name))
                {
                    return true;
                }
            }

            return type.BaseType.Kind == HandleKind.TypeDefinition && Implements((TypeDefinitionHandle)type.BaseType, ns, name);
        }

        private bool DerivesFrom(TypeDefinitionHandle handle, string ns, string name)
        {
            var baseType = _reader.GetTypeDefinition(handle).BaseType;
            if (baseType.IsNil)
            {
                return false;
            }

            return Names(baseType, ns, name)
                || (baseType.Kind == HandleKind.TypeDefinition && DerivesFrom((TypeDefinitionHandle)baseType, ns, name));
        }

        private bool Names(EntityHandle handle, string ns, string name)
        {
            if (handle.Kind != HandleKind.TypeReference)
            {
                return false;
            }

            var reference = _reader.GetTypeReference((TypeReferenceHandle)handle);
            return _reader.GetString(reference.Namespace) == ns && _reader.GetString(reference.Name) == name;
        }
    }
}
