using System;
using System.Security.Cryptography;
using System.Text;

namespace CrmTiering.Solution.Packer;

/// <summary>
/// Name-based GUIDs (RFC 4122 version 5): the same component name gives the same id in every build,
/// so a managed upgrade updates the component instead of adding a second one.
/// </summary>
public static class DeterministicId
{
    /// <summary>Fixed namespace for CrmTiering components; never change it (ids would all move).</summary>
    private static readonly Guid Namespace = new("3c4e1f0a-5d7b-4c29-8e61-0b9a2f7d4c15");

    public static Guid ForPluginAssembly(string assemblySimpleName) => From("pluginassembly:" + assemblySimpleName);

    public static Guid ForPluginType(string typeFullName) => From("plugintype:" + typeFullName);

    public static Guid From(string name)
    {
        var namespaceBytes = Namespace.ToByteArray(bigEndian: true);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[namespaceBytes.Length + nameBytes.Length];
        namespaceBytes.CopyTo(input, 0);
        nameBytes.CopyTo(input, namespaceBytes.Length);
#pragma warning disable CA5350 // SHA-1 is what RFC 4122 version 5 prescribes; not used for security.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var bytes = new byte[16];
        Array.Copy(hash, bytes, 16);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
