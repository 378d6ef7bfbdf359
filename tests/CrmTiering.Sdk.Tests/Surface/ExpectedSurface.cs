using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CrmTiering.Sdk.Tests.Surface;

/// <summary>
/// The expected-signature list of one contract assembly (Surface/Expected/&lt;assembly&gt;.txt),
/// written from the fact sheet. Blank lines and lines starting with '#' are comments.
/// </summary>
public static class ExpectedSurface
{
    public static IReadOnlyList<string> For(string assemblyName)
    {
        var resource = $"Expected.{assemblyName}.txt";
        using var stream = typeof(ExpectedSurface).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"No expected surface resource '{resource}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.Trim().Length > 0 && !line.StartsWith("#", StringComparison.Ordinal))
            .OrderBy(line => line, StringComparer.Ordinal)
            .ToList();
    }
}
