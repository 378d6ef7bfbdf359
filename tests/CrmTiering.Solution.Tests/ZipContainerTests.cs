using System.IO;
using System.Linq;
using System.Xml;
using CrmTiering.Solution.Packer;

namespace CrmTiering.Solution.Tests;

public sealed class ZipContainerTests : IClassFixture<PackedSolution>
{
    private readonly PackedSolution _solution;

    public ZipContainerTests(PackedSolution solution) => _solution = solution;

    [Fact]
    public void Zips_are_named_after_the_release()
    {
        var version = BuildLayout.Release.Replace('.', '_');
        Assert.Equal($"CrmTiering_{version}.zip", Path.GetFileName(_solution.UnmanagedPath));
        Assert.Equal($"CrmTiering_{version}_managed.zip", Path.GetFileName(_solution.ManagedPath));
    }

    [Fact]
    public void Root_files_sit_at_the_zip_root_with_content_types_last()
    {
        foreach (var zip in new[] { _solution.Unmanaged, _solution.Managed })
        {
            var names = zip.Select(e => e.Key).ToList();
            Assert.Equal("customizations.xml", names[0]);
            Assert.Equal("solution.xml", names[1]);
            Assert.Equal("[Content_Types].xml", names[^1]);
            Assert.All(names, n => Assert.False(n.EndsWith('/') || n.Contains('\\'), n));
        }
    }

    [Fact]
    public void Every_xml_entry_is_well_formed()
    {
        foreach (var entry in _solution.Unmanaged.Concat(_solution.Managed).Where(e => e.Key.EndsWith(".xml") || e.Key.EndsWith(".xaml")))
        {
            using var reader = XmlReader.Create(new MemoryStream(entry.Value));
            while (reader.Read())
            {
            }
        }
    }

    [Fact]
    public void Managed_flag_is_0_in_the_unmanaged_zip_and_1_in_the_managed_zip()
    {
        Assert.Equal("0", PackedSolution.Xml(_solution.Unmanaged, "solution.xml").Element("SolutionManifest")!.Element("Managed")!.Value);
        Assert.Equal("1", PackedSolution.Xml(_solution.Managed, "solution.xml").Element("SolutionManifest")!.Element("Managed")!.Value);
    }

    [Fact]
    public void Solution_version_is_the_release_and_publisher_prefixes_are_ctier_and_51200()
    {
        var manifest = PackedSolution.Xml(_solution.Managed, "solution.xml").Element("SolutionManifest")!;
        Assert.Equal(BuildLayout.Release, manifest.Element("Version")!.Value);
        Assert.Equal("CrmTiering", manifest.Element("UniqueName")!.Value);
        var publisher = manifest.Element("Publisher")!;
        Assert.Equal("ctier", publisher.Element("CustomizationPrefix")!.Value);
        Assert.Equal("51200", publisher.Element("CustomizationOptionValuePrefix")!.Value);
    }

    [Fact]
    public void Both_zips_carry_the_same_components()
    {
        var unmanaged = _solution.Unmanaged.Where(e => e.Key != "solution.xml").ToList();
        var managed = _solution.Managed.Where(e => e.Key != "solution.xml").ToList();
        Assert.Equal(unmanaged.Select(e => e.Key), managed.Select(e => e.Key));
        Assert.All(unmanaged.Zip(managed), pair => Assert.Equal(pair.First.Value, pair.Second.Value));
    }

    [Fact]
    public void Packing_twice_gives_byte_identical_zips()
    {
        var folder = Path.Combine(Path.GetTempPath(), "crmtiering-repack-" + System.Guid.NewGuid().ToString("N"));
        try
        {
            var (unmanaged, managed) = PackedSolution.Pack(folder, CrmTiering.Plugins.Registration.TieringSteps.Shipped);
            Assert.Equal(File.ReadAllBytes(_solution.UnmanagedPath), File.ReadAllBytes(unmanaged));
            Assert.Equal(File.ReadAllBytes(_solution.ManagedPath), File.ReadAllBytes(managed));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Content_types_list_every_extension_in_the_zip()
    {
        var types = PackedSolution.Xml(_solution.Managed, "[Content_Types].xml");
        var listed = types.Elements().Select(e => (string)e.Attribute("Extension")!).ToHashSet();
        var used = _solution.Managed.Select(e => Path.GetExtension(e.Key).TrimStart('.').ToLowerInvariant()).Where(e => e.Length > 0).ToHashSet();
        Assert.Equal(used.OrderBy(e => e), listed.OrderBy(e => e));
    }
}
