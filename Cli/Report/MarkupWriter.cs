using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace CrmTiering.Cli.Report;

/// <summary>
/// Writes HTML with inline SVG that is also well-formed XML (every element closed, only the five
/// XML entities), so the page can be checked by an XML parser as well as viewed in a browser.
/// </summary>
public sealed class MarkupWriter
{
    private readonly TextWriter _out;
    private readonly Stack<string> _open = new();

    public MarkupWriter(TextWriter output)
    {
        _out = output;
    }

    public void Raw(string text) => _out.Write(text);

    /// <summary>Opens an element; attributes with a null value are left out.</summary>
    public MarkupWriter Start(string name, params (string Name, string? Value)[] attributes)
    {
        WriteTag(name, attributes);
        _out.Write('>');
        _open.Push(name);
        return this;
    }

    public MarkupWriter End()
    {
        _out.Write("</");
        _out.Write(_open.Pop());
        _out.Write('>');
        return this;
    }

    /// <summary>
    /// An element without content written as <c>&lt;name/&gt;</c>: only for HTML void elements
    /// (meta, br) and SVG shapes — an HTML div written this way would stay open in a browser.
    /// </summary>
    public MarkupWriter Empty(string name, params (string Name, string? Value)[] attributes)
    {
        WriteTag(name, attributes);
        _out.Write("/>");
        return this;
    }

    /// <summary>An element holding only text (text may be empty: it is still closed explicitly).</summary>
    public MarkupWriter Element(string name, string text, params (string Name, string? Value)[] attributes)
    {
        Start(name, attributes);
        Text(text);
        return End();
    }

    public MarkupWriter Text(string text)
    {
        _out.Write(Escape(text));
        return this;
    }

    public void Line() => _out.Write('\n');

    /// <summary>An SVG coordinate: invariant, at most two decimals.</summary>
    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                default:
                    // Control characters other than tab and line breaks are not allowed in XML.
                    if (c < ' ' && c != '\t' && c != '\n' && c != '\r') builder.Append(' ');
                    else builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }

    private void WriteTag(string name, (string Name, string? Value)[] attributes)
    {
        _out.Write('<');
        _out.Write(name);
        foreach (var (attribute, value) in attributes)
        {
            if (value is null) continue;
            _out.Write(' ');
            _out.Write(attribute);
            _out.Write("=\"");
            _out.Write(Escape(value));
            _out.Write('"');
        }
    }
}
