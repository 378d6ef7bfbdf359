using System;
using System.IO;
using System.Linq;

namespace CrmTiering.Plugins.Tests.Foundation;

/// <summary>
/// The plug-in folders depend only on the shared ones (Data, Tiering, Identity, Execution,
/// Registration), never on each other: what two plug-ins share lives in a shared folder.
/// </summary>
public sealed class FeatureFolderTests
{
    private static readonly string[] Features = { "AccountInputs", "CustomApi", "PolicyValidation", "Protection", "Recalculation" };

    [Fact]
    public void No_feature_folder_imports_another()
    {
        var plugins = Path.Combine(RepositoryLayout.Root, "Plugins");
        var crossings = (
            from feature in Features
            from file in Directory.GetFiles(Path.Combine(plugins, feature), "*.cs")
            from line in File.ReadLines(file)
            from other in Features
            where other != feature && line.Trim() == $"using CrmTiering.Plugins.{other};"
            select $"{feature}/{Path.GetFileName(file)} imports {other}").ToList();

        Assert.Empty(crossings);
    }
}
