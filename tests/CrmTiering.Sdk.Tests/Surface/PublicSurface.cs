using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace CrmTiering.Sdk.Tests.Surface;

/// <summary>
/// Lists everything a caller outside an assembly can see or bind to: each public type, and each
/// public or protected member declared on it, one line per item in C#-like syntax. Two
/// assemblies with the same lines offer the same compile-time and binding surface.
/// </summary>
public static class PublicSurface
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<string> Of(Assembly assembly) =>
        assembly.GetExportedTypes()
            .OrderBy(TypeNames.Of, StringComparer.Ordinal)
            .SelectMany(type => Describe(type).OrderBy(Rank).ThenBy(line => line, StringComparer.Ordinal))
            .ToList();

    /// <summary>Within a type: the type line, enum values, fields, constructors, properties, methods.</summary>
    private static int Rank(string line)
    {
        var kind = line.Split(" | ")[1];
        return Array.IndexOf(new[] { "type", "value", "field", "ctor", "property", "method", "event", "nested type" }, kind);
    }

    private static IEnumerable<string> Describe(Type type)
    {
        var owner = TypeNames.Of(type);
        yield return $"{owner} | type | {TypeLine(type)}";
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{owner} | value | {field.Name} = {Convert.ToInt64(field.GetRawConstantValue())}";
            }

            yield break;
        }

        foreach (var member in type.GetMembers(Declared))
        {
            var line = MemberLine(member);
            if (line != null)
            {
                yield return $"{owner} | {KindOf(member)} | {line}";
            }
        }
    }

    private static string TypeLine(Type type)
    {
        if (type.IsEnum)
        {
            return $"public enum : {TypeNames.Of(Enum.GetUnderlyingType(type))}";
        }

        var kind = type.IsInterface ? "interface"
            : type.IsValueType ? "struct"
            : typeof(Delegate).IsAssignableFrom(type) ? "delegate"
            : type.IsAbstract && type.IsSealed ? "static class"
            : type.IsAbstract ? "abstract class"
            : type.IsSealed ? "sealed class"
            : "class";
        var bases = new List<string>();
        if (type.BaseType != null && type.BaseType != typeof(object) && !type.IsValueType)
        {
            bases.Add(TypeNames.Of(type.BaseType));
        }

        // Only interfaces the type adds: those of its base type are implied by the base.
        var inherited = type.BaseType?.GetInterfaces() ?? Type.EmptyTypes;
        bases.AddRange(type.GetInterfaces().Except(inherited).Select(TypeNames.Of).OrderBy(name => name, StringComparer.Ordinal));
        var constraints = type.IsGenericTypeDefinition ? Constraints(type.GetGenericArguments()) : "";
        return $"public {kind}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : "") + constraints;
    }

    private static string KindOf(MemberInfo member) => member switch
    {
        ConstructorInfo => "ctor",
        PropertyInfo => "property",
        FieldInfo => "field",
        EventInfo => "event",
        Type => "nested type",
        _ => "method",
    };

    private static string? MemberLine(MemberInfo member) => member switch
    {
        ConstructorInfo ctor when Visible(ctor) => $"{Access(ctor)}{Static(ctor)}{TypeNames.Simple(ctor.DeclaringType!)}({Parameters(ctor)})",
        MethodInfo method when Visible(method) && (!method.IsSpecialName || IsOperator(method)) => MethodLine(method),
        PropertyInfo property => PropertyLine(property),
        FieldInfo field when Visible(field) => FieldLine(field),
        EventInfo e when e.AddMethod != null && Visible(e.AddMethod) => $"{Access(e.AddMethod)}event {TypeNames.Of(e.EventHandlerType!)} {e.Name}",
        Type nested when nested.IsNestedPublic || nested.IsNestedFamily || nested.IsNestedFamORAssem => TypeNames.Of(nested),
        _ => null,
    };

    /// <summary>Operators are special-name methods too, but unlike accessors they are members of their own.</summary>
    private static bool IsOperator(MethodInfo method) => method.Name.StartsWith("op_", StringComparison.Ordinal);

    private static string MethodLine(MethodInfo method)
    {
        var generic = method.IsGenericMethodDefinition
            ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">"
            : "";
        var constraints = method.IsGenericMethodDefinition ? Constraints(method.GetGenericArguments()) : "";
        return $"{Access(method)}{Modifiers(method)}{TypeNames.Of(method.ReturnType)} {method.Name}{generic}({Parameters(method)}){constraints}";
    }

    private static string? PropertyLine(PropertyInfo property)
    {
        var getter = property.GetMethod != null && Visible(property.GetMethod) ? property.GetMethod : null;
        var setter = property.SetMethod != null && Visible(property.SetMethod) ? property.SetMethod : null;
        var main = getter ?? setter;
        if (main == null)
        {
            return null;
        }

        var indexes = property.GetIndexParameters();
        var name = indexes.Length == 0 ? property.Name : $"this[{string.Join(", ", indexes.Select(Parameter))}]";
        var accessors = new List<string>();
        if (getter != null)
        {
            accessors.Add(Access(getter) == Access(main) ? "get;" : $"{Access(getter)}get;");
        }

        if (setter != null)
        {
            accessors.Add(Access(setter) == Access(main) ? "set;" : $"{Access(setter)}set;");
        }

        return $"{Access(main)}{Modifiers(main)}{TypeNames.Of(property.PropertyType)} {name} {{ {string.Join(" ", accessors)} }}";
    }

    private static string FieldLine(FieldInfo field)
    {
        if (field.IsLiteral)
        {
            var value = field.GetRawConstantValue();
            var text = value is string s ? $"\"{s}\"" : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
            return $"{Access(field)}const {TypeNames.Of(field.FieldType)} {field.Name} = {text}";
        }

        var modifiers = (field.IsStatic ? "static " : "") + (field.IsInitOnly ? "readonly " : "");
        return $"{Access(field)}{modifiers}{TypeNames.Of(field.FieldType)} {field.Name}";
    }

    private static string Modifiers(MethodInfo method)
    {
        if (method.DeclaringType!.IsInterface)
        {
            return method.IsStatic ? "static " : "";
        }

        if (method.IsStatic)
        {
            return "static ";
        }

        var overrides = method.GetBaseDefinition().DeclaringType != method.DeclaringType;
        if (method.IsAbstract)
        {
            return overrides ? "abstract override " : "abstract ";
        }

        if (method.IsVirtual && !method.IsFinal)
        {
            return overrides ? "override " : "virtual ";
        }

        return method.IsVirtual && overrides ? "sealed override " : "";
    }

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(Parameter));

    private static string Parameter(ParameterInfo parameter)
    {
        var prefix = parameter.IsDefined(typeof(ParamArrayAttribute), false) ? "params "
            : parameter.IsOut ? "out "
            : parameter.ParameterType.IsByRef ? "ref "
            : "";
        var type = parameter.ParameterType.IsByRef ? parameter.ParameterType.GetElementType()! : parameter.ParameterType;
        var optional = parameter.HasDefaultValue ? " = " + (parameter.DefaultValue ?? "null") : "";
        return $"{prefix}{TypeNames.Of(type)} {parameter.Name}{optional}";
    }

    private static string Constraints(Type[] arguments)
    {
        var clauses = new List<string>();
        foreach (var argument in arguments)
        {
            var parts = new List<string>();
            var attributes = argument.GenericParameterAttributes;
            if ((attributes & GenericParameterAttributes.ReferenceTypeConstraint) != 0)
            {
                parts.Add("class");
            }

            if ((attributes & GenericParameterAttributes.NotNullableValueTypeConstraint) != 0)
            {
                parts.Add("struct");
            }

            parts.AddRange(argument.GetGenericParameterConstraints().Where(c => c != typeof(ValueType)).Select(TypeNames.Of));
            if ((attributes & GenericParameterAttributes.DefaultConstructorConstraint) != 0
                && (attributes & GenericParameterAttributes.NotNullableValueTypeConstraint) == 0)
            {
                parts.Add("new()");
            }

            if (parts.Count > 0)
            {
                clauses.Add($" where {argument.Name} : {string.Join(", ", parts)}");
            }
        }

        return string.Concat(clauses);
    }

    private static bool Visible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static bool Visible(FieldInfo field) => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly;

    private static string Access(MethodBase method) =>
        method.IsPublic ? "public " : method.IsFamilyOrAssembly ? "protected internal " : "protected ";

    private static string Access(FieldInfo field) =>
        field.IsPublic ? "public " : field.IsFamilyOrAssembly ? "protected internal " : "protected ";

    private static string Static(MethodBase method) => method.IsStatic ? "static " : "";
}
