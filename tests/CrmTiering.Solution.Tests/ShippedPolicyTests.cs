using System.Linq;
using CrmTiering.Core.Policy;

namespace CrmTiering.Solution.Tests;

/// <summary>The policy default the solution ships is the engine's own default policy (DESIGN v1).</summary>
public sealed class ShippedPolicyTests : IClassFixture<PackedSolution>
{
    private readonly PackedSolution _solution;

    public ShippedPolicyTests(PackedSolution solution) => _solution = solution;

    [Fact]
    public void Shipped_default_parses_to_the_engines_default_policy()
    {
        var definition = PackedSolution.Xml(_solution.Managed, "environmentvariabledefinitions/ctier_TierPolicy/environmentvariabledefinition.xml");
        var shipped = TierPolicy.Parse(definition.Element("defaultvalue")!.Value);
        Assert.Equal(TierPolicy.Default.ToJson(), shipped.ToJson());
        Assert.Equal(new[] { 512000000, 512000001, 512000002 }, shipped.Tiers.Select(t => t.Value));
    }
}
