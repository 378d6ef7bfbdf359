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

    /// <summary>The optional schedule solution's source (the daily Due-sweep cloud flow).</summary>
    public static string ScheduleSource => Path.Combine(RepoRoot, "Solution", "schedule", "src");

    public static string PluginsDll => Path.Combine(RepoRoot, "Plugins", "bin", Metadata("Configuration"), "net462", "CrmTiering.Plugins.dll");


    private static string Metadata(string key) =>
        typeof(BuildLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
