using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using CrmTiering.Plugins.Registration;

namespace CrmTiering.Solution.Packer;

/// <summary>
/// Turns the plugins' typed step registrations into &lt;SdkMessageProcessingStep&gt; elements in the element
/// order real exports use (which differs from the public XSD: SdkMessageId first).
/// </summary>
public sealed class StepGenerator
{
    /// <summary>Messages whose steps may carry entity images (Microsoft: register-plug-in, "entity images").</summary>
    private static readonly string[] MessagesWithImages =
        { "Assign", "Create", "Delete", "DeliverIncoming", "DeliverPromote", "Merge", "Route", "Send", "SetState", "SetStateDynamicEntity", "Update" };

    private readonly string _assemblyFullName;
    private readonly HashSet<string> _pluginTypes;
    private readonly IReadOnlyDictionary<string, Guid> _messageIds;
    private readonly string _introducedVersion;

    public StepGenerator(string assemblyFullName, IEnumerable<string> pluginTypes, IReadOnlyDictionary<string, Guid> messageIds, string introducedVersion)
    {
        _assemblyFullName = assemblyFullName;
        _pluginTypes = new HashSet<string>(pluginTypes, StringComparer.Ordinal);
        _messageIds = messageIds;
        _introducedVersion = introducedVersion;
    }

    public IReadOnlyList<XElement> Generate(IEnumerable<StepRegistration> registrations) => Generate(registrations, _ => { });

    /// <summary>
    /// Steps on a message whose id is unverified and was not supplied are left out and reported through
    /// <paramref name="note"/>; any other unknown message fails the pack.
    /// </summary>
    public IReadOnlyList<XElement> Generate(IEnumerable<StepRegistration> registrations, Action<string> note)
    {
        var steps = registrations.ToList();
        RejectDuplicates(steps);
        var packed = new List<XElement>();
        foreach (var step in steps)
        {
            if (!_messageIds.ContainsKey(step.Message) && SdkMessageIds.Unverified.Contains(step.Message))
            {
                note(string.Format(CultureInfo.InvariantCulture, PackingMessages.StepLeftOut, step.Name, step.Message));
                continue;
            }

            packed.Add(Step(step));
        }

        return packed;
    }

    private XElement Step(StepRegistration step)
    {
        var typeName = step.PluginType.FullName ?? step.PluginType.Name;
        Validate(step, typeName);
        // Run-as: exported steps carry no impersonating user (it is an org-specific systemuser); a step
        // runs as the calling user and the plugins reach SYSTEM via CreateOrganizationService(null).
        return new XElement("SdkMessageProcessingStep",
            new XAttribute("Name", step.Name),
            new XAttribute("SdkMessageProcessingStepId", Braced(step.Id)),
            new XElement("SdkMessageId", _messageIds[step.Message].ToString("D")),
            new XElement("PluginTypeName", typeName + ", " + _assemblyFullName),
            new XElement("PluginTypeId", DeterministicId.ForPluginType(typeName).ToString("D")),
            new XElement("PrimaryEntity", step.PrimaryEntity),
            new XElement("AsyncAutoDelete", step.DeleteAsyncOperationIfSuccessful ? "1" : "0"),
            new XElement("Description", step.Description.Length == 0 ? step.Name : step.Description),
            new XElement("FilteringAttributes", string.Join(",", step.FilteringAttributes)),
            // 1 (child pipeline) as every current export writes it: Apollo, mikefactorial/PluginSample,
            // JoshSmithXRM/Power-Platform-Developer-Suite-Demo-Solution (0 only in an older export).
            new XElement("InvocationSource", "1"),
            new XElement("Mode", ((int)step.Mode).ToString(CultureInfo.InvariantCulture)),
            new XElement("Rank", step.Rank.ToString(CultureInfo.InvariantCulture)),
            new XElement("EventHandlerTypeCode", "4602"),
            new XElement("Stage", ((int)step.Stage).ToString(CultureInfo.InvariantCulture)),
            new XElement("IsCustomizable", "1"),
            new XElement("IsHidden", "0"),
            new XElement("SupportedDeployment", "0"),
            new XElement("IntroducedVersion", _introducedVersion),
            new XElement("SdkMessageProcessingStepImages", step.Images.Select(Image)));
    }

    private XElement Image(ImageRegistration image) =>
        new("SdkMessageProcessingStepImage",
            new XAttribute("Name", image.Name),
            new XElement("SdkMessageProcessingStepImageId", Braced(image.Id)),
            new XElement("Attributes", string.Join(",", image.Columns)),
            new XElement("EntityAlias", image.Name),
            new XElement("ImageType", ((int)image.Kind).ToString(CultureInfo.InvariantCulture)),
            new XElement("MessagePropertyName", image.MessagePropertyName),
            new XElement("IsCustomizable", "1"));

    private void Validate(StepRegistration step, string typeName)
    {
        if (SdkMessageIds.CustomApiMessages.Contains(step.Message))
        {
            throw Fail(PackingMessages.CustomApiStep, step.Name, step.Message);
        }

        if (!_messageIds.ContainsKey(step.Message))
        {
            throw Fail(PackingMessages.UnknownMessageId, step.Name, step.Message);
        }

        if (!_pluginTypes.Contains(typeName))
        {
            throw Fail(PackingMessages.UnknownPluginType, step.Name, typeName, _assemblyFullName);
        }

        if (step.Mode == StepMode.Asynchronous && step.Stage != PipelineStage.PostOperation)
        {
            throw Fail(PackingMessages.AsyncOutsidePostOperation, step.Name);
        }

        if (step.FilteringAttributes.Count > 0 && step.Message != "Update")
        {
            throw Fail(PackingMessages.FilteringOutsideUpdate, step.Name, step.Message);
        }

        ValidateImages(step);
    }

    private static void ValidateImages(StepRegistration step)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var image in step.Images)
        {
            if (!names.Add(image.Name))
            {
                throw Fail(PackingMessages.DuplicateImageName, step.Name, image.Name);
            }

            if (!MessagesWithImages.Contains(step.Message))
            {
                throw Fail(PackingMessages.ImageOnUnsupportedMessage, step.Name, image.Name, step.Message);
            }

            var pre = image.Kind != ImageKind.PostImage;
            var post = image.Kind != ImageKind.PreImage;
            if (pre && step.Message == "Create")
            {
                throw Fail(PackingMessages.PreImageOnCreate, step.Name);
            }

            if (post && step.Message == "Delete")
            {
                throw Fail(PackingMessages.PostImageOnDelete, step.Name);
            }

            if (post && step.Stage != PipelineStage.PostOperation)
            {
                throw Fail(PackingMessages.PostImageBeforeOperation, step.Name);
            }
        }
    }

    private static void RejectDuplicates(IReadOnlyList<StepRegistration> steps)
    {
        var byId = new Dictionary<Guid, StepRegistration>();
        var byEvent = new Dictionary<string, StepRegistration>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            if (byId.TryGetValue(step.Id, out var sameId))
            {
                throw Fail(PackingMessages.DuplicateStepId, step.Id, sameId.Name, step.Name);
            }

            byId.Add(step.Id, step);
            var key = $"{step.PluginType.FullName}|{step.Message}|{step.PrimaryEntity}|{(int)step.Stage}";
            if (byEvent.TryGetValue(key, out var sameEvent))
            {
                throw Fail(PackingMessages.DuplicateStep, sameEvent.Name, step.Name);
            }

            byEvent.Add(key, step);
        }
    }

    private static string Braced(Guid id) => "{" + id.ToString("D") + "}";

    private static PackingException Fail(string format, params object[] args) =>
        new(string.Format(CultureInfo.InvariantCulture, format, args));
}
