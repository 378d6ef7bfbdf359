using System;

namespace CrmTiering.Cli.Input;

/// <summary>Yes/no columns (e.g. <c>isdisabled</c>): true/false, yes/no, 1/0, case-insensitive; empty = no value.</summary>
public static class CsvFlags
{
    private static readonly string[] Yes = { "true", "yes", "1" };
    private static readonly string[] No = { "false", "no", "0" };

    public static bool TryParse(string text, out bool? flag)
    {
        flag = null;
        if (text.Length == 0) return true;
        if (Array.Exists(Yes, y => string.Equals(y, text, StringComparison.OrdinalIgnoreCase)))
        {
            flag = true;
            return true;
        }
        if (Array.Exists(No, n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)))
        {
            flag = false;
            return true;
        }
        return false;
    }
}
