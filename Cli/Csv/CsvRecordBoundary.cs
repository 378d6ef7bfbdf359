using System;

namespace CrmTiering.Cli.Csv;

/// <summary>
/// Where records end in UTF-8 CSV bytes that start at a record's start, by the rules of
/// <see cref="CsvRecordReader"/> (a quote opens a field only at its start; "" inside quotes is a
/// quote; LF, CR LF and a lone CR end a record outside quotes and count one line each; a line break
/// inside quotes counts a line only when it is an LF).
/// </summary>
internal static class CsvRecordBoundary
{
    /// <summary>
    /// The offset just after the last record that certainly ends inside <paramref name="text"/>, or 0;
    /// <paramref name="lines"/> is the number of physical lines before that offset.
    /// </summary>
    public static int LastRecordEnd(ReadOnlySpan<byte> text, out int lines)
    {
        if (text.IndexOf((byte)'"') < 0)
        {
            // No quotes: the last LF ends a record (a CR before it belongs to it).
            var cut = text.LastIndexOf((byte)'\n') + 1;
            if (cut == 0)
            {
                // Only lone CRs: a CR ends a record when the byte after it is known.
                cut = text.Length < 2 ? 0 : text[..^1].LastIndexOf((byte)'\r') + 1;
            }
            lines = cut == 0 ? 0 : LinesIn(text[..cut]);
            return cut;
        }

        return ScanQuoted(text, out lines);
    }

    /// <summary>Physical lines in text without quotes: one per LF and one per lone CR.</summary>
    private static int LinesIn(ReadOnlySpan<byte> text)
    {
        var count = text.Count((byte)'\n');
        if (text.IndexOf((byte)'\r') < 0) return count;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')) count++;
        }
        return count;
    }

    private static int ScanQuoted(ReadOnlySpan<byte> text, out int linesAtCut)
    {
        var cut = 0;
        linesAtCut = 0;
        var lines = 0;
        var quoted = false;
        var fieldStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var b = text[i];
            if (quoted)
            {
                if (b == '"')
                {
                    if (i + 1 == text.Length) break;
                    if (text[i + 1] == '"') i++;
                    else quoted = false;
                }
                else if (b == '\n')
                {
                    lines++;
                }
                continue;
            }

            switch (b)
            {
                case (byte)'\n':
                    lines++;
                    cut = i + 1;
                    linesAtCut = lines;
                    fieldStart = true;
                    break;
                case (byte)'\r':
                    if (i + 1 == text.Length) return cut;
                    if (text[i + 1] == '\n') i++;
                    lines++;
                    cut = i + 1;
                    linesAtCut = lines;
                    fieldStart = true;
                    break;
                case (byte)',':
                    fieldStart = true;
                    break;
                case (byte)'"' when fieldStart:
                    quoted = true;
                    fieldStart = false;
                    break;
                default:
                    fieldStart = false;
                    break;
            }
        }
        return cut;
    }
}
