using System;
using System.Collections.Generic;
using CrmTiering.Core.Json;

namespace CrmTiering.Core.Policy;

/// <summary>Reads typed fields of one JSON object, adding a problem (and returning the default) for each bad one.</summary>
internal sealed class PolicyFields
{
    private readonly JsonValue _node;
    private readonly List<string> _problems;
    private readonly string _prefix;

    public PolicyFields(JsonValue node, List<string> problems, string prefix = "")
    {
        _node = node;
        _problems = problems;
        _prefix = prefix;
    }

    public int WholeNumber(string name, int fallback, int min, int max)
    {
        var node = _node.Member(name);
        if (node is null)
        {
            return fallback;
        }

        if (node.Kind != JsonKind.Number)
        {
            return Problem(PolicyMessages.NotANumber, name, fallback);
        }

        if (node.Number != decimal.Truncate(node.Number) || node.Number < int.MinValue || node.Number > int.MaxValue)
        {
            return Problem(PolicyMessages.NotAWholeNumber, name, fallback);
        }

        var value = (int)node.Number;
        if (value < min || value > max)
        {
            _problems.Add(max == int.MaxValue
                ? PolicyParser.Format(PolicyMessages.AtLeast, _prefix + name, min)
                : PolicyParser.Format(PolicyMessages.Between, _prefix + name, min, max));
            return fallback;
        }

        return value;
    }

    public decimal Number(string name, decimal fallback, decimal min, decimal? max)
    {
        var node = _node.Member(name);
        if (node is null)
        {
            return fallback;
        }

        if (node.Kind != JsonKind.Number)
        {
            return Problem(PolicyMessages.NotANumber, name, fallback);
        }

        if (node.Number < min || (max is not null && node.Number > max.Value))
        {
            _problems.Add(max is null
                ? PolicyParser.Format(PolicyMessages.AtLeast, _prefix + name, min)
                : PolicyParser.Format(PolicyMessages.Between, _prefix + name, min, max.Value));
            return fallback;
        }

        return node.Number;
    }

    public decimal NumberBelow(string name, decimal fallback, decimal min, decimal below)
    {
        var node = _node.Member(name);
        if (node is null)
        {
            return fallback;
        }

        if (node.Kind != JsonKind.Number)
        {
            return Problem(PolicyMessages.NotANumber, name, fallback);
        }

        if (node.Number < min || node.Number >= below)
        {
            _problems.Add(PolicyParser.Format(PolicyMessages.AtLeastAndBelow, _prefix + name, min, below));
            return fallback;
        }

        return node.Number;
    }

    /// <summary>A required number; <paramref name="min"/> null = any number.</summary>
    public decimal? RequiredNumber(string name, decimal? min, decimal max)
    {
        var node = _node.Member(name);
        if (node is null)
        {
            return Problem<decimal?>(PolicyMessages.Required, name, null);
        }

        if (node.Kind != JsonKind.Number)
        {
            return Problem<decimal?>(PolicyMessages.NotANumber, name, null);
        }

        if (min is not null && (node.Number < min.Value || node.Number > max))
        {
            _problems.Add(PolicyParser.Format(PolicyMessages.Between, _prefix + name, min.Value, max));
            return null;
        }

        return node.Number;
    }

    public string? RequiredText(string name)
    {
        var node = _node.Member(name);
        if (node is null || (node.Kind == JsonKind.String && node.Text.Trim().Length == 0))
        {
            return Problem<string?>(PolicyMessages.Required, name, null);
        }

        return node.Kind == JsonKind.String ? node.Text : Problem<string?>(PolicyMessages.NotText, name, null);
    }

    public string? OptionalText(string name)
    {
        var node = _node.Member(name);
        if (node is null || node.Kind == JsonKind.Null)
        {
            return null;
        }

        if (node.Kind != JsonKind.String)
        {
            return Problem<string?>(PolicyMessages.NotText, name, null);
        }

        return node.Text.Trim().Length == 0 ? null : node.Text.Trim();
    }

    public bool Boolean(string name, bool fallback)
    {
        var node = _node.Member(name);
        if (node is null)
        {
            return fallback;
        }

        return node.Kind == JsonKind.Boolean ? node.Boolean : Problem(PolicyMessages.NotTrueOrFalse, name, fallback);
    }

    /// <summary>An enum named by its member name (case-insensitive).</summary>
    public TEnum Choice<TEnum>(string name, TEnum fallback)
        where TEnum : struct
    {
        var node = _node.Member(name);
        if (node is null)
        {
            return fallback;
        }

        if (node.Kind == JsonKind.String)
        {
            foreach (var candidate in Enum.GetNames(typeof(TEnum)))
            {
                if (string.Equals(candidate, node.Text.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    return (TEnum)Enum.Parse(typeof(TEnum), candidate);
                }
            }
        }

        _problems.Add(PolicyParser.Format(PolicyMessages.NotOneOf, _prefix + name, string.Join(", ", Enum.GetNames(typeof(TEnum)))));
        return fallback;
    }

    private T Problem<T>(string message, string name, T fallback)
    {
        _problems.Add(PolicyParser.Format(message, _prefix + name));
        return fallback;
    }
}
