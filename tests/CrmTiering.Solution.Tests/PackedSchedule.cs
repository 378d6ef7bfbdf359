using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using CrmTiering.Solution.Packer;

namespace CrmTiering.Solution.Tests;

/// <summary>The schedule solution packed from this checkout into a temporary folder, opened once for its tests.</summary>
public sealed class PackedSchedule : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "crmtiering-schedule-" + Guid.NewGuid().ToString("N"));

    public PackedSchedule()
    {
        (UnmanagedPath, ManagedPath) = SchedulePackage.Pack(BuildLayout.ScheduleSource, _folder, BuildLayout.Release);
        Unmanaged = Read(UnmanagedPath);
        Managed = Read(ManagedPath);
    }

    public string UnmanagedPath { get; }

    public string ManagedPath { get; }

    /// <summary>Entry name → bytes, in zip order.</summary>
    public IReadOnlyList<KeyValuePair<string, byte[]>> Unmanaged { get; }

    public IReadOnlyList<KeyValuePair<string, byte[]>> Managed { get; }

    public XElement Customizations => PackedSolution.Xml(Managed, "customizations.xml");

    public XElement Manifest(bool managed) => PackedSolution.Xml(managed ? Managed : Unmanaged, "solution.xml");

    /// <summary>The one cloud flow's &lt;Workflow&gt; element.</summary>
    public XElement Flow => Customizations.Element("Workflows")!.Elements("Workflow").Single();

    /// <summary>The flow's JSON, read from the zip entry its JsonFileName names.</summary>
    public JsonObject FlowJson
    {
        get
        {
            var entry = Flow.Element("JsonFileName")!.Value.TrimStart('/');
            return JsonNode.Parse(Managed.Single(e => e.Key == entry).Value)!.AsObject();
        }
    }

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
