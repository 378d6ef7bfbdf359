using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CrmTiering.Core.Json;

/// <summary>
/// A small strict JSON reader (RFC 8259). The sandbox has no System.Text.Json and the plugins may
/// bring no dependent assembly, so Core carries its own.
/// </summary>
internal sealed class JsonReader
{
    private const int MaxDepth = 32;
    private readonly string _text;
    private int _position;

    private JsonReader(string text) => _text = text;

    public static JsonValue Read(string text)
    {
        var reader = new JsonReader(text);
        reader.SkipWhitespace();
        var value = reader.ReadValue(0);
        reader.SkipWhitespace();
        if (reader._position < text.Length)
        {
            throw reader.Error("unexpected text after the end of the document");
        }

        return value;
    }

    private JsonValue ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("nested too deeply");
        }

        if (_position >= _text.Length)
        {
            throw Error("unexpected end of the document");
        }

        switch (_text[_position])
        {
            case '{': return ReadObject(depth);
            case '[': return ReadArray(depth);
            case '"': return JsonValue.FromString(ReadString());
            case 't': ReadLiteral("true"); return JsonValue.FromBoolean(true);
            case 'f': ReadLiteral("false"); return JsonValue.FromBoolean(false);
            case 'n': ReadLiteral("null"); return JsonValue.Null;
            default: return ReadNumber();
        }
    }

    private JsonValue ReadObject(int depth)
    {
        _position++;
        var members = new List<KeyValuePair<string, JsonValue>>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        SkipWhitespace();
        if (TryConsume('}'))
        {
            return JsonValue.FromMembers(members);
        }

        while (true)
        {
            SkipWhitespace();
            if (_position >= _text.Length || _text[_position] != '"')
            {
                throw Error("expected a quoted property name");
            }

            var namePosition = _position;
            var name = ReadString();
            if (!names.Add(name))
            {
                throw new JsonSyntaxException($"property \"{name}\" appears more than once", namePosition);
            }

            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            members.Add(new KeyValuePair<string, JsonValue>(name, ReadValue(depth + 1)));
            SkipWhitespace();
            if (TryConsume('}'))
            {
                return JsonValue.FromMembers(members);
            }

            Expect(',');
        }
    }

    private JsonValue ReadArray(int depth)
    {
        _position++;
        var items = new List<JsonValue>();
        SkipWhitespace();
        if (TryConsume(']'))
        {
            return JsonValue.FromItems(items);
        }

        while (true)
        {
            SkipWhitespace();
            items.Add(ReadValue(depth + 1));
            SkipWhitespace();
            if (TryConsume(']'))
            {
                return JsonValue.FromItems(items);
            }

            Expect(',');
        }
    }

    private string ReadString()
    {
        _position++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw Error("unterminated string");
            }

            var c = _text[_position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c < ' ')
            {
                throw Error("control character inside a string");
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (_position >= _text.Length)
            {
                throw Error("unterminated string");
            }

            var escape = _text[_position++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u': builder.Append(ReadUnicodeEscape()); break;
                default: throw Error("invalid escape sequence");
            }
        }
    }

    private char ReadUnicodeEscape()
    {
        if (_position + 4 > _text.Length
            || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            throw Error("invalid \\u escape");
        }

        _position += 4;
        return (char)code;
    }

    private JsonValue ReadNumber()
    {
        var start = _position;
        TryConsume('-');
        if (!ConsumeDigits())
        {
            throw Error("unexpected character");
        }

        if (_text[start] == '-' ? _text[start + 1] == '0' && _position - start > 2 : _text[start] == '0' && _position - start > 1)
        {
            throw Error("leading zeros are not allowed");
        }

        if (TryConsume('.') && !ConsumeDigits())
        {
            throw Error("digits expected after the decimal point");
        }

        if (TryConsume('e') || TryConsume('E'))
        {
            if (!TryConsume('+'))
            {
                TryConsume('-');
            }

            if (!ConsumeDigits())
            {
                throw Error("digits expected in the exponent");
            }
        }

        var literal = _text.Substring(start, _position - start);
        try
        {
            return JsonValue.FromNumber(decimal.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture));
        }
        catch (OverflowException)
        {
            throw new JsonSyntaxException("number out of range", start);
        }
    }

    private bool ConsumeDigits()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
        {
            _position++;
        }

        return _position > start;
    }

    private void ReadLiteral(string literal)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw Error("unexpected character");
        }

        _position += literal.Length;
    }

    private void Expect(char expected)
    {
        if (!TryConsume(expected))
        {
            throw Error($"expected '{expected}'");
        }
    }

    private bool TryConsume(char expected)
    {
        if (_position < _text.Length && _text[_position] == expected)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length && (_text[_position] == ' ' || _text[_position] == '\t' || _text[_position] == '\n' || _text[_position] == '\r'))
        {
            _position++;
        }
    }

    private JsonSyntaxException Error(string problem) => new JsonSyntaxException(problem, _position);
}
