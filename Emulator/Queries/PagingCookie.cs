using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace CrmTiering.Emulator.Queries;

/// <summary>
/// A paging cookie in the platform's shape ("Page results using FetchXml"): <c>&lt;cookie page="1"&gt;&lt;name
/// last="…" first="…" /&gt;&lt;accountid last="{…}" first="{…}" /&gt;&lt;/cookie&gt;</c> — the first and last
/// row's value of each root order column, then the primary key. Passed back with the next page number, it
/// makes that page start after the previous page's last row (no repeats or skips when rows are added
/// between pages).
/// </summary>
internal static class PagingCookie
{
    public sealed record Position(int Page, Guid LastId, IReadOnlyDictionary<string, string?> LastValues);

    public static string For(int page, string primaryIdColumn, IReadOnlyList<(string Column, object? Key)> first, IReadOnlyList<(string Column, object? Key)> last, Guid firstId, Guid lastId)
    {
        var cookie = new XElement("cookie", new XAttribute("page", page));
        for (var i = 0; i < last.Count; i++)
        {
            if (last[i].Column == primaryIdColumn)
            {
                continue;
            }

            var element = new XElement(last[i].Column);
            if (Text(last[i].Key) is string lastText)
            {
                element.SetAttributeValue("last", lastText);
            }

            if (Text(first[i].Key) is string firstText)
            {
                element.SetAttributeValue("first", firstText);
            }

            cookie.Add(element);
        }

        cookie.Add(new XElement(primaryIdColumn, new XAttribute("last", lastId.ToString("B").ToUpperInvariant()), new XAttribute("first", firstId.ToString("B").ToUpperInvariant())));
        return cookie.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The cookie's page and last row, or null when there is none or it cannot be read.</summary>
    public static Position? Read(string? cookie)
    {
        if (string.IsNullOrWhiteSpace(cookie))
        {
            return null;
        }

        try
        {
            var root = XElement.Parse(cookie);
            if (!int.TryParse((string?)root.Attribute("page"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var page))
            {
                return null;
            }

            var elements = root.Elements().ToList();
            if (elements.Count == 0 || !Guid.TryParse(((string?)elements[^1].Attribute("last"))?.Trim('{', '}'), out var lastId))
            {
                return null;
            }

            var values = elements.Take(elements.Count - 1).ToDictionary(e => e.Name.LocalName, e => (string?)e.Attribute("last"), StringComparer.Ordinal);
            return new Position(page, lastId, values);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static string? Text(object? key) => key switch
    {
        null => null,
        DateTime instant => instant.ToString("o", CultureInfo.InvariantCulture),
        Guid id => id.ToString("B").ToUpperInvariant(),
        _ => Convert.ToString(key, CultureInfo.InvariantCulture),
    };
}
