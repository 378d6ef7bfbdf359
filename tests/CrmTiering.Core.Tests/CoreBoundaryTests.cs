using System.Linq;
using System.Reflection;
using CrmTiering.Core.Policy;

namespace CrmTiering.Core.Tests;

/// <summary>Core runs inside the Dataverse sandbox: no SDK type, no System.Text.Json, no mutable static state.</summary>
public sealed class CoreBoundaryTests
{
    private static readonly Assembly Core = typeof(TierPolicy).Assembly;

    [Fact]
    public void Core_references_no_dataverse_sdk_and_no_system_text_json()
    {
        var references = Core.GetReferencedAssemblies().Select(name => name.Name ?? string.Empty).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.Xrm") || name.StartsWith("System.Text.Json"));
    }

    [Fact]
    public void Core_has_no_mutable_static_fields()
    {
        var mutable = Core.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(field => !field.IsInitOnly && !field.IsLiteral)
            .Where(field => field.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null
                && field.DeclaringType!.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null)
            .Select(field => field.DeclaringType!.Name + "." + field.Name)
            .ToList();

        Assert.Empty(mutable);
    }
}
