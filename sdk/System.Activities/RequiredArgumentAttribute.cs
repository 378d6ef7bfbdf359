namespace System.Activities;

/// <summary>An In/InOut argument the host must supply; the invoker rejects a run without it.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RequiredArgumentAttribute : Attribute
{
}
