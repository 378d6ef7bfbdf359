using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CrmTiering.Solution.Packer;

/// <summary>XML as the zip stores it: UTF-8 without BOM, CRLF line ends, indented (like exports).</summary>
public static class ZipText
{
    public static byte[] Encode(XDocument document)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            NewLineChars = "\r\n",
            OmitXmlDeclaration = false,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }
}
