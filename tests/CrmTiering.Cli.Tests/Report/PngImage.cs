using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;

namespace CrmTiering.Cli.Tests.Report;

/// <summary>
/// A minimal PNG reader for the browser screenshot: 8-bit RGB or RGBA, not interlaced (what
/// Chromium writes). Enough to count pixels of a colour without an imaging package.
/// </summary>
public sealed class PngImage
{
    private readonly byte[] _pixels;
    private readonly int _channels;

    private PngImage(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        _channels = channels;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public static PngImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 8 || bytes[1] != 'P' || bytes[2] != 'N' || bytes[3] != 'G') throw new InvalidDataException("not a PNG file");
        int width = 0, height = 0, channels = 0;
        var compressed = new MemoryStream();
        var at = 8;
        while (at + 8 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var data = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data.Slice(4));
                var depth = data[8];
                var colour = data[9];
                var interlace = data[12];
                channels = colour switch { 2 => 3, 6 => 4, _ => 0 };
                if (depth != 8 || channels == 0 || interlace != 0) throw new InvalidDataException($"unsupported PNG: depth {depth}, colour type {colour}, interlace {interlace}");
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }
            else if (type == "IEND")
            {
                break;
            }
            at += 12 + length;
        }
        compressed.Position = 0;
        var raw = new MemoryStream();
        using (var inflater = new ZLibStream(compressed, CompressionMode.Decompress)) inflater.CopyTo(raw);
        return new PngImage(width, height, channels, Unfilter(raw.ToArray(), width, height, channels));
    }

    /// <summary>Pixels whose colour is within <paramref name="tolerance"/> per channel of a #rrggbb colour.</summary>
    public int Count(string hex, int tolerance = 3) => Count(hex, 0, Height, tolerance);

    public int Count(string hex, int fromRow, int toRow, int tolerance = 3)
    {
        var r = Convert.ToInt32(hex.Substring(1, 2), 16);
        var g = Convert.ToInt32(hex.Substring(3, 2), 16);
        var b = Convert.ToInt32(hex.Substring(5, 2), 16);
        var count = 0;
        for (var y = Math.Max(0, fromRow); y < Math.Min(Height, toRow); y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var i = (y * Width + x) * _channels;
                if (Math.Abs(_pixels[i] - r) <= tolerance && Math.Abs(_pixels[i + 1] - g) <= tolerance && Math.Abs(_pixels[i + 2] - b) <= tolerance) count++;
            }
        }
        return count;
    }

    /// <summary>
    /// The mean row of the pixels of a colour, or null when there are none. A mean is robust to the
    /// odd anti-aliased edge that blends two other colours into this one.
    /// </summary>
    public double? MeanRow(string hex)
    {
        long rows = 0;
        long pixels = 0;
        for (var y = 0; y < Height; y++)
        {
            var count = Count(hex, y, y + 1);
            rows += (long)count * y;
            pixels += count;
        }
        return pixels == 0 ? null : rows / (double)pixels;
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var source = y * (stride + 1) + 1;
            var row = y * stride;
            for (var x = 0; x < stride; x++)
            {
                int left = x >= channels ? pixels[row + x - channels] : 0;
                int up = y > 0 ? pixels[row - stride + x] : 0;
                int upLeft = x >= channels && y > 0 ? pixels[row - stride + x - channels] : 0;
                var predicted = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"unknown PNG filter {filter}"),
                };
                pixels[row + x] = (byte)(raw[source + x] + predicted);
            }
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        if (pa <= pb && pa <= pc) return a;
        return pb <= pc ? b : c;
    }
}
