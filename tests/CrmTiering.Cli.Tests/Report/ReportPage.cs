using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Xml;
using System.Xml.Linq;

namespace CrmTiering.Cli.Tests.Report;

/// <summary>
/// The HTML report parsed as XML (the page promises well-formed markup), with the queries the
/// structure tests need. HTML elements have no namespace; inline SVG is in the SVG namespace.
/// </summary>
public sealed class ReportPage
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private ReportPage(XDocument document)
    {
        Document = document;
    }

    public XDocument Document { get; }

    public static ReportPage Parse(string html)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        return new ReportPage(XDocument.Load(reader));
    }

    public IEnumerable<XElement> Sections() => Document.Descendants("section");

    public XElement Section(string id)
    {
        foreach (var section in Sections())
        {
            if ((string?)section.Attribute("id") == id) return section;
        }
        throw new Xunit.Sdk.XunitException($"no section '{id}'");
    }

    public int Tile(string name)
    {
        foreach (var tile in Document.Descendants("div"))
        {
            if ((string?)tile.Attribute("data-tile") == name) return Int(tile, "data-value");
        }
        throw new Xunit.Sdk.XunitException($"no tile '{name}'");
    }

    /// <summary>The value a section's chart shows for a series in a period (0 when no bar is drawn).</summary>
    public static int Bar(XElement section, string series, string period)
    {
        var total = 0;
        foreach (var bar in section.Descendants(Svg + "rect"))
        {
            if ((string?)bar.Attribute("data-series") == series && (string?)bar.Attribute("data-period") == period) total += Int(bar, "data-value");
        }
        return total;
    }

    public static int Int(XElement element, string attribute) =>
        int.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
