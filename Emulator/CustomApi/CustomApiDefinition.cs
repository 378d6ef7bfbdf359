using System;
using System.Collections.Generic;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Pipeline;
using CrmTiering.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.CustomApi;

/// <summary>
/// An unbound Custom API message backed by a plugin. Called with
/// <c>Execute(new OrganizationRequest(UniqueName) { Parameters = … })</c>; the plugin runs at stage
/// 30 (MainOperation) inside the transaction and its OutputParameters become the response's
/// Results. Steps may also be registered on the message (PreValidation, Pre-/PostOperation).
/// </summary>
public sealed class CustomApiDefinition
{
    /// <summary>{0} parameter, {1} expected type, {2} given type.</summary>
    public const string WrongParameterTypeMessage = "The parameter '{0}' must be of type {1}, not {2}.";

    /// <summary>{0} parameter name.</summary>
    public const string UnknownParameterMessage = "The parameter '{0}' is not a parameter of this message.";

    /// <summary>{0} property, {1} expected type, {2} given type.</summary>
    public const string WrongPropertyTypeMessage = "The plug-in set the response property '{0}' to a {2}; the message declares {1}.";

    /// <summary>{0} property name.</summary>
    public const string UnknownPropertyMessage = "The plug-in set '{0}', which is not a response property of this message.";

    private readonly Lazy<PluginStep> _step;

    public CustomApiDefinition(string uniqueName, Type pluginType)
    {
        UniqueName = string.IsNullOrEmpty(uniqueName) ? throw new ArgumentException("A Custom API needs a unique name.", nameof(uniqueName)) : uniqueName;
        PluginType = pluginType ?? throw new ArgumentNullException(nameof(pluginType));
        _step = new Lazy<PluginStep>(() => PluginFactory is { } factory
            ? new PluginStep(UniqueName, PluginStep.AnyEntity, StepStage.MainOperation, ExecutionMode.Synchronous, PluginType.FullName!, factory)
            : new PluginStep(UniqueName, PluginStep.AnyEntity, StepStage.MainOperation, ExecutionMode.Synchronous, PluginType));
    }

    /// <summary>
    /// Builds the backing plug-in instead of its parameterless constructor (a test's seam, e.g. a plug-in
    /// given a deterministic time source); calls are still logged under <see cref="PluginType"/>'s name.
    /// </summary>
    public Func<IPlugin>? PluginFactory { get; init; }

    /// <summary>This API (same parameters, properties, privilege) backed by the plug-in <paramref name="factory"/> builds.</summary>
    public CustomApiDefinition WithPlugin(Func<IPlugin> factory)
    {
        var copy = new CustomApiDefinition(UniqueName, PluginType) { ExecutePrivilegeName = ExecutePrivilegeName, RunAsSystem = RunAsSystem, PluginFactory = factory };
        foreach (var parameter in RequestParameters)
        {
            copy.RequestParameters.Add(parameter);
        }

        foreach (var property in ResponseProperties)
        {
            copy.ResponseProperties.Add(property);
        }

        return copy;
    }

    public string UniqueName { get; }

    public Type PluginType { get; }

    public IList<CustomApiParameter> RequestParameters { get; } = new List<CustomApiParameter>();

    public IList<CustomApiParameter> ResponseProperties { get; } = new List<CustomApiParameter>();

    /// <summary>
    /// The privilege a caller needs to run the message (customapi.xml's <c>executeprivilegename</c>);
    /// null or empty lets every user run it. SYSTEM is never checked.
    /// </summary>
    public string? ExecutePrivilegeName { get; init; }

    /// <summary>The plugin's context UserId is SYSTEM instead of the caller (a Custom API normally runs as the caller).</summary>
    public bool RunAsSystem { get; init; }

    /// <summary>The stage-30 step that runs the backing plugin (one cached instance).</summary>
    internal PluginStep Step => _step.Value;

    internal void Validate(ParameterCollection parameters)
    {
        // Optional parameters every message accepts (tag, the bypass parameters) are not the API's own.
        var declared = new HashSet<string>(StringComparer.Ordinal) { "tag", BusinessLogicBypass.BypassCustomPluginExecution, BusinessLogicBypass.BypassBusinessLogicExecution };
        foreach (var parameter in RequestParameters)
        {
            declared.Add(parameter.UniqueName);
            parameters.TryGetValue(parameter.UniqueName, out var value);
            if (value is null && !parameter.IsOptional)
            {
                throw PlatformFault.MissingParameter(parameter.UniqueName);
            }

            if (!parameter.Accepts(value))
            {
                throw PlatformFault.InvalidArgument(PlatformFault.Format(WrongParameterTypeMessage, parameter.UniqueName, parameter.Type.Name, value!.GetType().Name));
            }
        }

        foreach (var given in parameters.Keys)
        {
            if (!declared.Contains(given))
            {
                throw PlatformFault.InvalidArgument(PlatformFault.Format(UnknownParameterMessage, given));
            }
        }
    }

    /// <summary>Fails with PrivilegeDenied when the caller lacks the execute privilege.</summary>
    internal void DemandExecute(EmulatedOrganization organization, CallerContext caller)
    {
        if (!string.IsNullOrEmpty(ExecutePrivilegeName))
        {
            WriteAccess.DemandPrivilege(organization, caller, ExecutePrivilegeName!);
        }
    }

    internal void CheckOutputs(ParameterCollection outputs)
    {
        foreach (var output in outputs)
        {
            var property = FindProperty(output.Key) ?? throw PlatformFault.Create(PipelineErrorCodes.IsvAborted, PlatformFault.Format(UnknownPropertyMessage, output.Key));
            if (!property.Accepts(output.Value))
            {
                throw PlatformFault.Create(PipelineErrorCodes.IsvAborted, PlatformFault.Format(WrongPropertyTypeMessage, output.Key, property.Type.Name, output.Value!.GetType().Name));
            }
        }
    }

    private CustomApiParameter? FindProperty(string name)
    {
        foreach (var property in ResponseProperties)
        {
            if (property.UniqueName == name)
            {
                return property;
            }
        }

        return null;
    }
}
