using System;
using System.IO;

namespace CrmTiering.Plugins.Tests.Foundation;

/// <summary>Where the repository and the built assemblies are, found from this test's own output folder.</summary>
public static class RepositoryLayout
{
    public static string Root
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "CrmTiering.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("CrmTiering.sln was not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Release or Debug: the configuration this test assembly was built in (…/bin/&lt;config&gt;/net10.0/).</summary>
    public static string Configuration =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string BuiltAssembly(string project, string targetFramework) =>
        Path.Combine(Root, project, "bin", Configuration, targetFramework, $"CrmTiering.{project}.dll");
}
