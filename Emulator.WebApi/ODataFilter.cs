using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.WebApi;

/// <summary>
/// Reads a Web API <c>$filter</c> into a QueryExpression filter ("Filter rows" in "Query data using the
/// Web API"): comparison operators eq, ne, gt, ge, lt, le; logical and, or, not; parentheses; the
/// functions contains, startswith, endswith; literals null, true, false, 'text' ('' escapes a quote),
/// GUIDs, dates, date-times and numbers; <c>_x_value</c> names the lookup column x. <c>not</c> is pushed
/// down (De Morgan, and the negated operator), as a condition list has no NOT of its own; SQL null
/// semantics stay the same because NOT of an unknown comparison is still unknown.
/// </summary>
public sealed class ODataFilter
{
    private readonly List<string> _tokens;
    private int _next;

    private ODataFilter(string text)
    {
        _tokens = Tokenize(text);
    }

    public static FilterExpression Parse(string text)
    {
        var parser = new ODataFilter(text);
        var filter = parser.Or(negate: false);
        if (parser._next < parser._tokens.Count) throw Bad($"unexpected '{parser._tokens[parser._next]}'");
        return filter;
    }

    /// <summary>The column a Web API property names: <c>_parentaccountid_value</c> → parentaccountid.</summary>
    public static string ColumnOf(string property) =>
        property.StartsWith("_", StringComparison.Ordinal) && property.EndsWith("_value", StringComparison.Ordinal) && property.Length > 7
            ? property[1..^6]
            : property;

    private FilterExpression Or(bool negate)
    {
        var parts = new List<FilterExpression> { And(negate) };
        while (Accept("or")) parts.Add(And(negate));
        return Combine(parts, negate ? LogicalOperator.And : LogicalOperator.Or);
    }

    private FilterExpression And(bool negate)
    {
        var parts = new List<FilterExpression> { Unary(negate) };
        while (Accept("and")) parts.Add(Unary(negate));
        return Combine(parts, negate ? LogicalOperator.Or : LogicalOperator.And);
    }

    private FilterExpression Unary(bool negate)
    {
        if (Accept("not")) return Unary(!negate);
        if (Accept("("))
        {
            var inner = Or(negate);
            Expect(")");
            return inner;
        }

        var name = Take("a property or function");
        if (Accept("("))
        {
            return Function(name, negate);
        }

        var op = Take("a comparison operator").ToLowerInvariant();
        var value = Literal(Take("a value"));
        var filter = new FilterExpression(LogicalOperator.And);
        filter.AddCondition(Comparison(ColumnOf(name), op, value, negate));
        return filter;
    }

    private FilterExpression Function(string name, bool negate)
    {
        var property = Take("a property");
        Expect(",");
        var value = Literal(Take("a value")) as string ?? throw Bad($"{name} needs a text value");
        Expect(")");
        var escaped = EscapeLike(value);
        var condition = name.ToLowerInvariant() switch
        {
            "contains" => new ConditionExpression(ColumnOf(property), negate ? ConditionOperator.NotLike : ConditionOperator.Like, "%" + escaped + "%"),
            "startswith" => new ConditionExpression(ColumnOf(property), negate ? ConditionOperator.NotLike : ConditionOperator.Like, escaped + "%"),
            "endswith" => new ConditionExpression(ColumnOf(property), negate ? ConditionOperator.NotLike : ConditionOperator.Like, "%" + escaped),
            _ => throw WebApiRequestException.Unsupported($"The $filter function '{name}' is not supported by the emulator's Web API."),
        };
        var filter = new FilterExpression(LogicalOperator.And);
        filter.AddCondition(condition);
        return filter;
    }

    private static ConditionExpression Comparison(string column, string op, object? value, bool negate)
    {
        if (value is null)
        {
            var isNull = op switch
            {
                "eq" => true,
                "ne" => false,
                _ => throw Bad($"'{op} null' is not a comparison; use eq null or ne null"),
            };
            return new ConditionExpression(column, isNull != negate ? ConditionOperator.Null : ConditionOperator.NotNull);
        }

        var condition = (op, negate) switch
        {
            ("eq", false) or ("ne", true) => ConditionOperator.Equal,
            ("ne", false) or ("eq", true) => ConditionOperator.NotEqual,
            ("gt", false) or ("le", true) => ConditionOperator.GreaterThan,
            ("ge", false) or ("lt", true) => ConditionOperator.GreaterEqual,
            ("lt", false) or ("ge", true) => ConditionOperator.LessThan,
            ("le", false) or ("gt", true) => ConditionOperator.LessEqual,
            _ => throw Bad($"'{op}' is not a comparison operator (eq, ne, gt, ge, lt, le)"),
        };
        return new ConditionExpression(column, condition, value);
    }

    private static FilterExpression Combine(List<FilterExpression> parts, LogicalOperator op)
    {
        if (parts.Count == 1) return parts[0];
        var filter = new FilterExpression(op);
        foreach (var part in parts) filter.AddFilter(part);
        return filter;
    }

    /// <summary>A literal as the query engine compares it (text, Guid, UTC DateTime, decimal, bool, null).</summary>
    private static object? Literal(string token)
    {
        if (token.StartsWith("'", StringComparison.Ordinal)) return token[1..^1].Replace("''", "'", StringComparison.Ordinal);
        switch (token)
        {
            case "null": return null;
            case "true": return true;
            case "false": return false;
        }

        if (Guid.TryParseExact(token, "D", out var id)) return id;
        if (token.Length >= 10 && token[4] == '-' && DateTime.TryParse(token, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
        {
            return DateTime.SpecifyKind(date, DateTimeKind.Utc);
        }

        if (decimal.TryParse(token.TrimEnd('m', 'M', 'd', 'D', 'f', 'F', 'L'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return number;
        throw Bad($"'{token}' is not a value (text in single quotes, a number, a GUID, a date, true, false or null)");
    }

    private static string EscapeLike(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '%' or '_' or '[') text.Append('[').Append(c).Append(']');
            else text.Append(c);
        }

        return text.ToString();
    }

    private bool Accept(string token)
    {
        if (_next < _tokens.Count && string.Equals(_tokens[_next], token, StringComparison.OrdinalIgnoreCase))
        {
            _next++;
            return true;
        }

        return false;
    }

    private void Expect(string token)
    {
        if (!Accept(token)) throw Bad($"expected '{token}'");
    }

    private string Take(string what) => _next < _tokens.Count ? _tokens[_next++] : throw Bad($"expected {what} at the end");

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c is '(' or ')' or ',') { tokens.Add(c.ToString()); i++; continue; }
            if (c == '\'')
            {
                var start = i++;
                while (true)
                {
                    if (i >= text.Length) throw Bad("a text value is missing its closing quote");
                    if (text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'') { i += 2; continue; }
                    if (text[i] == '\'') { i++; break; }
                    i++;
                }

                tokens.Add(text[start..i]);
                continue;
            }

            var from = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not '(' and not ')' and not ',') i++;
            tokens.Add(text[from..i]);
        }

        return tokens;
    }

    private static WebApiRequestException Bad(string detail) => WebApiRequestException.BadRequest("Invalid $filter: " + detail + ".");
}
