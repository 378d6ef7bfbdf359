using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CrmTiering.Cli.Csv;

/// <summary>
/// <c>--map column=header</c> (repeatable) or <c>--map file.json</c> (<c>{"column": "header"}</c>):
/// which header of an export holds a logical column, so a file with other headers needs no hand
/// conversion. A column may be scoped to one file (<c>opportunities.statecode=deal_stage</c>);
/// unscoped, it applies to every file that has that logical column. An empty header
/// (<c>revenue=</c>) means "do not read this column". A mapped header feeds only its column.
/// Unknown columns, a column mapped twice, two columns of one file on the same header, or a
/// header the file lacks are one-line errors (exit 2).
/// </summary>
public sealed class ColumnMap
{
    private readonly IReadOnlyDictionary<string, IReadOnlyCollection<string>> _kinds;
    private readonly List<(string? Kind, string Column, string Header)> _entries;

    private ColumnMap(IReadOnlyDictionary<string, IReadOnlyCollection<string>> kinds, List<(string?, string, string)> entries)
    {
        _kinds = kinds;
        _entries = entries;
    }

    public bool IsEmpty => _entries.Count == 0;

    /// <param name="values">The <c>--map</c> values as given.</param>
    /// <param name="kinds">Each kind of file (accounts, opportunities, …) with the logical columns it reads.</param>
    public static ColumnMap Parse(IEnumerable<string> values, IReadOnlyDictionary<string, IReadOnlyCollection<string>> kinds)
    {
        var entries = new List<(string?, string, string)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            foreach (var (key, header) in Pairs(value))
            {
                var dot = key.IndexOf('.');
                string? kind = dot < 0 ? null : key[..dot].Trim();
                var column = (dot < 0 ? key : key[(dot + 1)..]).Trim();
                if (kind is not null && !kinds.Keys.Contains(kind, StringComparer.OrdinalIgnoreCase))
                {
                    throw new UserMistakeException(string.Format(CliMessages.MapUnknownFile, key, string.Join(", ", kinds.Keys)));
                }
                var known = kinds.Where(k => kind is null || string.Equals(k.Key, kind, StringComparison.OrdinalIgnoreCase))
                    .Any(k => k.Value.Contains(column, StringComparer.OrdinalIgnoreCase));
                if (!known) throw new UserMistakeException(string.Format(CliMessages.MapUnknownColumn, key));
                if (!seen.Add((kind ?? "*") + "." + column)) throw new UserMistakeException(string.Format(CliMessages.MapColumnTwice, key));
                entries.Add((kind, column, header.Trim()));
            }
        }
        return new ColumnMap(kinds, entries);
    }

    /// <summary>The entries that apply to one kind of file (scoped entries win over unscoped ones).</summary>
    public ForFile? For(string kind)
    {
        if (IsEmpty) return null;
        var columns = _kinds.First(k => string.Equals(k.Key, kind, StringComparison.OrdinalIgnoreCase)).Value;
        var applying = _entries
            .Where(e => columns.Contains(e.Column, StringComparer.OrdinalIgnoreCase)
                && (e.Kind is null || string.Equals(e.Kind, kind, StringComparison.OrdinalIgnoreCase)))
            .GroupBy(e => e.Column, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderBy(e => e.Kind is null ? 1 : 0).First())
            .ToList();
        var twice = applying.Where(e => e.Header.Length > 0).GroupBy(e => e.Header, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new UserMistakeException(string.Format(CliMessages.MapHeaderTwice, twice.Key, kind, string.Join(", ", twice.Select(e => e.Column))));
        }
        return applying.Count == 0 ? null : new ForFile(applying.Select(e => (e.Column, e.Header)).ToList());
    }

    private static IEnumerable<(string Key, string Header)> Pairs(string value)
    {
        var equals = value.IndexOf('=');
        if (equals > 0) return new[] { (value[..equals], value[(equals + 1)..]) };
        if (!value.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            throw new UserMistakeException(string.Format(CliMessages.MapSyntax, value));
        }
        if (!File.Exists(value)) throw new UserMistakeException(string.Format(CliMessages.FileNotFound, value));
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(value));
            if (document.RootElement.ValueKind != JsonValueKind.Object) throw new UserMistakeException(string.Format(CliMessages.MapJsonShape, value));
            var pairs = new List<(string, string)>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String) throw new UserMistakeException(string.Format(CliMessages.MapJsonShape, value));
                pairs.Add((property.Name, property.Value.GetString()!));
            }
            return pairs;
        }
        catch (JsonException e)
        {
            throw new UserMistakeException(string.Format(CliMessages.MapJsonInvalid, value, e.Message.Replace('\n', ' ')));
        }
    }

    /// <summary>The map for one file: renames its header's columns to logical names.</summary>
    public sealed class ForFile
    {
        private readonly IReadOnlyList<(string Column, string Header)> _entries;

        internal ForFile(IReadOnlyList<(string Column, string Header)> entries) => _entries = entries;

        internal Dictionary<string, int> Apply(string label, Dictionary<string, int> headers)
        {
            var columns = new Dictionary<string, int>(headers, headers.Comparer);
            foreach (var (column, header) in _entries)
            {
                if (header.Length == 0) continue;
                if (!headers.ContainsKey(header)) throw new UserMistakeException(string.Format(CliMessages.MapHeaderMissing, label, header, column));
                if (!string.Equals(header, column, StringComparison.OrdinalIgnoreCase) && headers.ContainsKey(column))
                {
                    throw new UserMistakeException(string.Format(CliMessages.MapColumnInFile, label, column, header));
                }
                columns.Remove(header);
            }
            foreach (var (column, header) in _entries)
            {
                columns.Remove(column);
                if (header.Length > 0) columns[column] = headers[header];
            }
            return columns;
        }
    }
}
