using System;
using System.Linq;
using CrmTiering.Emulator.Faults;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Security;

/// <summary>
/// The optional parameters of "Bypass custom Dataverse logic": <c>BypassCustomPluginExecution</c>
/// (true: skip custom synchronous plug-in steps; needs prvBypassCustomPlugins) and
/// <c>BypassBusinessLogicExecution</c> ("CustomSync", "CustomAsync" or both, comma-separated: skip
/// custom synchronous steps and/or asynchronous steps and background processes; needs
/// prvBypassCustomBusinessLogic). Like <c>tag</c> they are not input parameters of any step.
/// SYSTEM holds no role, so it may not bypass (the docs do not say; this is the safe reading).
/// </summary>
public sealed class BusinessLogicBypass
{
    public const string BypassCustomPluginExecution = "BypassCustomPluginExecution";
    public const string BypassBusinessLogicExecution = "BypassBusinessLogicExecution";
    public const string BypassCustomPluginsPrivilege = "prvBypassCustomPlugins";
    public const string BypassCustomBusinessLogicPrivilege = "prvBypassCustomBusinessLogic";
    public const string CustomSync = "CustomSync";
    public const string CustomAsync = "CustomAsync";

    /// <summary>{0} the parameter, {1} the value given.</summary>
    public const string InvalidValueMessage = "The value '{1}' is not valid for the optional parameter '{0}'.";

    private BusinessLogicBypass(bool pluginBypass, bool logicSync, bool logicAsync)
    {
        BypassesPlugins = pluginBypass;
        BypassesLogicSync = logicSync;
        BypassesLogicAsync = logicAsync;
    }

    /// <summary>BypassCustomPluginExecution = true.</summary>
    public bool BypassesPlugins { get; }

    /// <summary>BypassBusinessLogicExecution names CustomSync.</summary>
    public bool BypassesLogicSync { get; }

    /// <summary>BypassBusinessLogicExecution names CustomAsync.</summary>
    public bool BypassesLogicAsync { get; }

    /// <summary>Custom synchronous steps (stages 10, 20, 40) do not run.</summary>
    public bool SkipsSynchronous => BypassesPlugins || BypassesLogicSync;

    /// <summary>Custom asynchronous steps and background processes are not queued.</summary>
    public bool SkipsAsynchronous => BypassesLogicAsync;

    public static bool IsParameter(string name) => name is BypassCustomPluginExecution or BypassBusinessLogicExecution;

    /// <summary>Reads the parameters of a request; a malformed value is InvalidArgument, as a bad optional parameter is on the platform.</summary>
    public static BusinessLogicBypass Of(OrganizationRequest request)
    {
        var pluginBypass = false;
        if (request.Parameters.TryGetValue(BypassCustomPluginExecution, out var flag) && flag is not null)
        {
            pluginBypass = flag switch
            {
                bool value => value,
                string text when bool.TryParse(text, out var parsed) => parsed,
                _ => throw Invalid(BypassCustomPluginExecution, flag),
            };
        }

        bool sync = false, async = false;
        if (request.Parameters.TryGetValue(BypassBusinessLogicExecution, out var logic) && logic is not null)
        {
            if (logic is not string list)
            {
                throw Invalid(BypassBusinessLogicExecution, logic);
            }

            foreach (var part in list.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0))
            {
                if (string.Equals(part, CustomSync, StringComparison.OrdinalIgnoreCase))
                {
                    sync = true;
                }
                else if (string.Equals(part, CustomAsync, StringComparison.OrdinalIgnoreCase))
                {
                    async = true;
                }
                else
                {
                    throw Invalid(BypassBusinessLogicExecution, list);
                }
            }
        }

        return new BusinessLogicBypass(pluginBypass, sync, async);
    }

    /// <summary>Fails with PrivilegeDenied unless the caller's roles hold what each requested bypass needs. SYSTEM is not exempt.</summary>
    public void Demand(OrganizationDirectory directory, CallerContext caller)
    {
        // UNVERIFIED: the docs do not say whether SYSTEM holds the bypass privileges; refusing it is the safe side.
        var system = WriteAccess.IsSystem(caller, directory);
        if (BypassesPlugins && (system || !directory.HasPrivilege(caller.UserId, BypassCustomPluginsPrivilege)))
        {
            throw PrivilegeFaults.Missing(caller.UserId, BypassCustomPluginsPrivilege);
        }

        if ((BypassesLogicSync || BypassesLogicAsync) && (system || !directory.HasPrivilege(caller.UserId, BypassCustomBusinessLogicPrivilege)))
        {
            throw PrivilegeFaults.Missing(caller.UserId, BypassCustomBusinessLogicPrivilege);
        }
    }

    private static Exception Invalid(string parameter, object value) =>
        PlatformFault.InvalidArgument(PlatformFault.Format(InvalidValueMessage, parameter, value));
}
