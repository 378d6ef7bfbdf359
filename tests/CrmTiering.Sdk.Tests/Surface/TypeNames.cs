using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmTiering.Sdk.Tests.Surface;

/// <summary>C#-style type names: keywords for built-in types, namespace-qualified otherwise.</summary>
public static class TypeNames
{
    private static readonly IReadOnlyDictionary<Type, string> Keywords = new Dictionary<Type, string>
    {
        [typeof(void)] = "void",
        [typeof(object)] = "object",
        [typeof(string)] = "string",
        [typeof(bool)] = "bool",
        [typeof(byte)] = "byte",
        [typeof(int)] = "int",
        [typeof(long)] = "long",
        [typeof(double)] = "double",
        [typeof(decimal)] = "decimal",
    };

    public static string Of(Type type)
    {
        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Of(type.GetElementType()!) + "[]";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Nullable<>))
        {
            return Of(type.GetGenericArguments()[0]) + "?";
        }

        var name = (type.Namespace == null ? "" : type.Namespace + ".") + Simple(type);
        if (!type.IsGenericType)
        {
            return name;
        }

        return name + "<" + string.Join(", ", type.GetGenericArguments().Select(Of)) + ">";
    }

    /// <summary>The name without namespace or generic arity suffix.</summary>
    public static string Simple(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`');
        return tick < 0 ? name : name.Substring(0, tick);
    }
}
