using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using CrmTiering.Plugins.Registration;
using CrmTiering.Solution.Packer;

namespace CrmTiering.Solution.Tests;

/// <summary>
/// The solution packed from this checkout into a temporary folder (so a clean clone needs no earlier
/// build output), opened once for all zip tests.
/// </summary>
public sealed class PackedSolution : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crmtiering-solution-" + Guid.NewGuid().ToString("N"));

    public PackedSolution()
    {
        (UnmanagedPath, ManagedPath) = Pack(_folder, TieringSteps.Shipped);
        Unmanaged = Read(UnmanagedPath);
        Managed = Read(ManagedPath);
    }

    public string UnmanagedPath { get; }

    public string ManagedPath { get; }

    /// <summary>Entry name → bytes, in zip order.</summary>
    public IReadOnlyList<KeyValuePair<string, byte[]>> Unmanaged { get; }

    public IReadOnlyList<KeyValuePair<string, byte[]>> Managed { get; }

    public XElement Customizations => Xml(Unmanaged, "customizations.xml");

    public static (string Unmanaged, string Managed) Pack(string output, IEnumerable<StepRegistration> steps) =>
        SolutionPackage.Pack(
            new PackerOptions(BuildLayout.SolutionSource, output, BuildLayout.Release, BuildLayout.PluginsDll, new Dictionary<string, Guid>()),
            steps,
            _ => { });

    public static XElement Xml(IReadOnlyList<KeyValuePair<string, byte[]>> zip, string entry) =>
        XDocument.Load(new MemoryStream(zip.Single(e => e.Key == entry).Value)).Root!;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static IReadOnlyList<KeyValuePair<string, byte[]>> Read(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return new KeyValuePair<string, byte[]>(e.FullName, copy.ToArray());
        }).ToList();
    }
}
