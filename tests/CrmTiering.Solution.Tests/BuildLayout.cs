using System.IO;
using System.Linq;
using System.Reflection;

namespace CrmTiering.Solution.Tests;

/// <summary>Where this build put the repository, the deployables and the release number (from the test csproj).</summary>
public static class BuildLayout
{
    public static string RepoRoot => Metadata("RepoRoot");

    public static string Release => Metadata("CrmTieringRelease");

    public static string SolutionSource => Path.Combine(RepoRoot, "Solution", "src");

    public static string PluginsDll => Path.Combine(RepoRoot, "Plugins", "bin", Metadata("Configuration"), "net462", "CrmTiering.Plugins.dll");


    private static string Metadata(string key) =>
        typeof(BuildLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
