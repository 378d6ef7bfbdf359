using System;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>
/// One registered SDK message processing step, in the emulator's own neutral terms (the product's
/// typed declarations are mapped onto it by the tests that own them). The plugin instance is
/// created once per step and reused, as the platform caches it: a plugin that keeps state between
/// calls shows that bug here too.
/// </summary>
public sealed class PluginStep
{
    /// <summary>A primary entity that matches every table (the platform's "none").</summary>
    public const string AnyEntity = "none";

    private readonly Func<PluginStep, IPlugin> _factory;
    private IPlugin? _instance;

    /// <summary>A step whose plugin is made from its type: the (string unsecure, string secure) constructor when it has one, else the parameterless one.</summary>
    public PluginStep(string message, string? primaryEntity, StepStage stage, ExecutionMode mode, Type pluginType)
        : this(message, primaryEntity, stage, mode, pluginType?.FullName ?? throw new ArgumentNullException(nameof(pluginType)), step => Instantiate(pluginType, step))
    {
        PluginType = pluginType;
    }

    /// <summary>A step whose plugin comes from a factory (called once, on first use).</summary>
    public PluginStep(string message, string? primaryEntity, StepStage stage, ExecutionMode mode, string pluginName, Func<IPlugin> factory)
        : this(message, primaryEntity, stage, mode, pluginName, _ => (factory ?? throw new ArgumentNullException(nameof(factory)))())
    {
    }

    private PluginStep(string message, string? primaryEntity, StepStage stage, ExecutionMode mode, string pluginName, Func<PluginStep, IPlugin> factory)
    {
        Message = string.IsNullOrEmpty(message) ? throw new ArgumentException("A step needs a message.", nameof(message)) : message;
        PrimaryEntity = string.IsNullOrEmpty(primaryEntity) ? AnyEntity : primaryEntity!;
        Stage = stage;
        Mode = mode;
        PluginName = pluginName;
        _factory = factory;
        if (mode == ExecutionMode.Asynchronous && stage != StepStage.PostOperation)
        {
            throw new ArgumentException("Only PostOperation steps can be asynchronous, as on the platform.", nameof(mode));
        }
    }

    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>SDK message name as steps name it: Create, Update, Delete, Win, Lose, Merge, a Custom API's name…</summary>
    public string Message { get; }

    /// <summary>Logical name of the table, or <see cref="AnyEntity"/>.</summary>
    public string PrimaryEntity { get; }

    public StepStage Stage { get; }

    public ExecutionMode Mode { get; }

    /// <summary>Order among the steps of one stage (lower first; ties keep registration order).</summary>
    public int Rank { get; init; } = 1;

    /// <summary>Update steps fire only when one of these columns is in the Target; empty = any column.</summary>
    public IReadOnlyList<string> FilteringAttributes { get; init; } = Array.Empty<string>();

    public IReadOnlyList<StepImage> Images { get; init; } = Array.Empty<StepImage>();

    /// <summary>True: the context's UserId is SYSTEM; false: the calling user (InitiatingUserId is always the caller).</summary>
    public bool RunAsSystem { get; init; }

    /// <summary>Passed as the first argument of a (string, string) constructor.</summary>
    public string? UnsecureConfiguration { get; init; }

    /// <summary>Passed as the second argument of a (string, string) constructor.</summary>
    public string? SecureConfiguration { get; init; }

    /// <summary>The plugin type's full name (or the factory's name): the origin of its calls in the call log.</summary>
    public string PluginName { get; }

    public Type? PluginType { get; }

    /// <summary>How the step shows in traces and job records.</summary>
    public string Name => $"{PluginName}: {Message} of {PrimaryEntity} ({Stage}, {Mode})";

    internal IPlugin Plugin => _instance ??= _factory(this);

    internal bool Matches(string message, string entity) =>
        Message == message && (PrimaryEntity == AnyEntity || PrimaryEntity == entity);

    public override string ToString() => Name;

    private static IPlugin Instantiate(Type pluginType, PluginStep step)
    {
        if (!typeof(IPlugin).IsAssignableFrom(pluginType))
        {
            throw new ArgumentException($"{pluginType.FullName} does not implement IPlugin.", nameof(pluginType));
        }

        var configured = pluginType.GetConstructor(BindingFlags.Public | BindingFlags.Instance, new[] { typeof(string), typeof(string) });
        if (configured is not null)
        {
            return (IPlugin)configured.Invoke(new object?[] { step.UnsecureConfiguration, step.SecureConfiguration });
        }

        return (IPlugin)(Activator.CreateInstance(pluginType)
            ?? throw new ArgumentException($"{pluginType.FullName} has no public parameterless constructor.", nameof(pluginType)));
    }
}
