using System;
using System.Activities;
using System.IO;
using System.Linq;
using System.Reflection;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmTiering.Sdk.Tests.Surface;

/// <summary>
/// Each contract assembly offers exactly the public and protected surface its expected list
/// states: a member the real SDK lacks, or a changed signature, fails with the differing lines.
/// </summary>
public class ContractSurfaceTests
{
    [Theory]
    [InlineData("Microsoft.Xrm.Sdk")]
    [InlineData("Microsoft.Xrm.Sdk.Workflow")]
    [InlineData("System.Activities")]
    [InlineData("System.ServiceModel")]
    public void Contract_exposes_exactly_the_expected_surface(string assemblyName)
    {
        // Given the expected list and the built contract assembly
        var expected = ExpectedSurface.For(assemblyName);
        var assembly = ContractAssembly(assemblyName);

        // When its surface is listed
        var actual = PublicSurface.Of(assembly);
        File.WriteAllLines(Path.Combine(AppContext.BaseDirectory, $"actual.{assemblyName}.txt"), actual);

        // Then nothing is missing and nothing is extra
        var missing = expected.Except(actual, StringComparer.Ordinal).ToList();
        var extra = actual.Except(expected, StringComparer.Ordinal).ToList();
        Assert.True(
            missing.Count == 0 && extra.Count == 0,
            $"Surface of {assemblyName} differs from the expected list.\n" +
            $"Missing ({missing.Count}):\n  {string.Join("\n  ", missing)}\n" +
            $"Extra ({extra.Count}):\n  {string.Join("\n  ", extra)}");
    }

    private static Assembly ContractAssembly(string assemblyName) => assemblyName switch
    {
        "Microsoft.Xrm.Sdk" => typeof(Entity).Assembly,
        "Microsoft.Xrm.Sdk.Workflow" => typeof(IWorkflowContext).Assembly,
        "System.Activities" => typeof(CodeActivity).Assembly,
        "System.ServiceModel" => typeof(FaultException).Assembly,
        _ => throw new ArgumentOutOfRangeException(nameof(assemblyName)),
    };
}
