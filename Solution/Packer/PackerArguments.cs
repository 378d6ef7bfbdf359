using System;
using System.Collections.Generic;
using System.Globalization;

namespace CrmTiering.Solution.Packer;

/// <summary>Command-line parsing for the packer (run by MSBuild after the packer project builds).</summary>
public static class PackerArguments
{
    public static PackerOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        string Required(string name) =>
            values.TryGetValue(name, out var value) && value.Length > 0 ? value : throw new PackingException(PackingMessages.Usage);

        return new PackerOptions(
            Required("--src"),
            Required("--out"),
            Required("--version"),
            Required("--plugins"),
            MessageIds(values.TryGetValue("--sdk-messages", out var ids) ? ids : string.Empty),
            values.TryGetValue("--schedule-src", out var schedule) && schedule.Length > 0 ? schedule : null);
    }

    /// <summary>"Win=guid;Lose=guid" → ids for messages whose id is not in <see cref="SdkMessageIds.Known"/>.</summary>
    public static IReadOnlyDictionary<string, Guid> MessageIds(string text)
    {
        var result = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var pair in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length != 2 || parts[0].Length == 0 || !Guid.TryParse(parts[1], out var id))
            {
                throw new PackingException(string.Format(CultureInfo.InvariantCulture, PackingMessages.BadSdkMessageArgument, text));
            }

            result[parts[0]] = id;
        }

        return result;
    }
}
