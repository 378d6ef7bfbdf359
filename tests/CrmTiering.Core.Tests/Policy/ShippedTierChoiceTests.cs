using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CrmTiering.Core.Policy;

namespace CrmTiering.Core.Tests.Policy;

/// <summary>Core's copy of the ctier_tier options must be the choice the solution ships.</summary>
public sealed class ShippedTierChoiceTests
{
    private static string ShippedChoiceFile()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            var file = Path.Combine(directory.FullName, "Solution", "src", "OptionSets", "ctier_tier.xml");
            if (File.Exists(file))
            {
                return file;
            }
        }

        throw new InvalidOperationException("Solution/src/OptionSets/ctier_tier.xml was not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Core_lists_exactly_the_options_and_labels_of_the_shipped_ctier_tier_choice()
    {
        var shipped = XDocument.Load(ShippedChoiceFile()).Descendants("option")
            .Select(option => option.Attribute("value")!.Value + " (" + option.Descendants("label").First(l => l.Attribute("languagecode")!.Value == "1033").Attribute("description")!.Value + ")")
            .ToArray();

        Assert.Equal(shipped, TierChoice.Options.Select(option => option.ToString()).ToArray());
    }

    [Fact]
    public void The_default_policy_uses_only_options_of_the_choice() =>
        Assert.All(TierPolicy.Default.Tiers, tier => Assert.True(TierChoice.Contains(TierChoice.Options, tier.Value)));
}
