using System.IO;
using CrmTiering.Core.Policy;

namespace CrmTiering.Cli.Input;

/// <summary>Reads a tier policy JSON file through Core's parser and validation (R20).</summary>
public static class PolicyFile
{
    /// <summary>The policy in <paramref name="path"/>, or Core's built-in default when no path is given.</summary>
    /// <exception cref="UserMistakeException">Missing file or invalid policy (all of Core's messages on one line).</exception>
    public static TierPolicy Load(string? path)
    {
        if (path is null) return TierPolicy.Default;
        var parsed = TierPolicy.TryParse(ReadText(path));
        if (parsed.Policy is null)
        {
            throw new UserMistakeException(string.Format(CliMessages.PolicyInvalid, path, string.Join("; ", parsed.Problems)));
        }
        return parsed.Policy;
    }

    public static string ReadText(string path)
    {
        if (!File.Exists(path)) throw new UserMistakeException(string.Format(CliMessages.FileNotFound, path));
        // A BOM from a Windows editor is not part of the JSON.
        return File.ReadAllText(path).TrimStart('\uFEFF');
    }
}
