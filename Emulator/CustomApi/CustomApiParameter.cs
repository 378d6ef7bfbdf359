using System;

namespace CrmTiering.Emulator.CustomApi;

/// <summary>A Custom API request parameter or response property: unique name, CLR type (string, int, bool, decimal, DateTime, Guid, Money, EntityReference, Entity, …), optional or not.</summary>
public sealed class CustomApiParameter
{
    public CustomApiParameter(string uniqueName, Type type, bool isOptional = false)
    {
        UniqueName = string.IsNullOrEmpty(uniqueName) ? throw new ArgumentException("A parameter needs a unique name.", nameof(uniqueName)) : uniqueName;
        Type = type ?? throw new ArgumentNullException(nameof(type));
        IsOptional = isOptional;
    }

    public string UniqueName { get; }

    public Type Type { get; }

    public bool IsOptional { get; }

    internal bool Accepts(object? value) => value is null || Type.IsInstanceOfType(value);
}
