using System;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace CrmTiering.Emulator.WebApi;

/// <summary>
/// The Web API's wrapper around a paging cookie ("Page results using FetchXml", Web API tab):
/// <c>&lt;cookie pagenumber="2" pagingcookie="…" istracking="False" /&gt;</c>, where <c>pagenumber</c> is the
/// next page and the <c>pagingcookie</c> attribute is the SDK's cookie URL-encoded twice. The same wrapper
/// is the <c>$skiptoken</c> of an OData <c>@odata.nextLink</c>.
/// </summary>
public static class PagingCookieAnnotation
{
    public static string For(int nextPage, string cookie) =>
        new XElement("cookie",
            new XAttribute("pagenumber", nextPage.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("pagingcookie", Uri.EscapeDataString(Uri.EscapeDataString(cookie))),
            new XAttribute("istracking", "False")).ToString(SaveOptions.DisableFormatting);

    /// <summary>The next page and the SDK cookie inside a wrapper, or null when it is not one.</summary>
    public static (int Page, string Cookie)? Read(string annotation)
    {
        try
        {
            var root = XElement.Parse(annotation);
            if (!int.TryParse((string?)root.Attribute("pagenumber"), NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page < 1) return null;
            var cookie = (string?)root.Attribute("pagingcookie");
            return cookie is null ? null : (page, Uri.UnescapeDataString(Uri.UnescapeDataString(cookie)));
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
