using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using CrmTiering.Plugins.Registration;
using CrmTiering.Solution.Packer;
using CrmTiering.Solution.Tests.Fakes;

namespace CrmTiering.Solution.Tests;

/// <summary>The generator over a fake registration list (the real TieringSteps.Shipped fills up with the plugin issues).</summary>
public sealed class StepGeneratorTests
{
    private const string AssemblyName = "CrmTiering.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=8817d7934a9875c9";
    private static readonly string TypeName = typeof(FakeRecalculation).FullName!;
    private static readonly Guid StepId = new("11111111-2222-3333-4444-555555555555");
    private static readonly Guid ImageId = new("66666666-7777-8888-9999-000000000000");

    private static StepGenerator Generator(params (string Message, Guid Id)[] extra) =>
        new(AssemblyName, new[] { TypeName }, SdkMessageIds.Known.Concat(extra.Select(e => new KeyValuePair<string, Guid>(e.Message, e.Id))).ToDictionary(p => p.Key, p => p.Value), "1.0.0.0");

    private static StepRegistration AsyncUpdate(Guid? id = null, IReadOnlyList<ImageRegistration>? images = null) =>
        new(id ?? StepId, typeof(FakeRecalculation), SdkMessage.Update, "opportunity", PipelineStage.PostOperation, StepMode.Asynchronous, rank: 3,
            filteringAttributes: new[] { "statecode", "actualvalue" }, images: images, runAsSystem: true, description: "Recalculate the account tier");

    [Fact]
    public void An_async_update_step_is_written_as_exports_write_it()
    {
        var image = new ImageRegistration(ImageId, "PreImage", ImageKind.PreImage, "Target", "parentaccountid", "customerid");
        var step = Generator().Generate(new[] { AsyncUpdate(images: new[] { image }) }).Single();

        Assert.Equal(
            new[] { "SdkMessageId", "PluginTypeName", "PluginTypeId", "PrimaryEntity", "AsyncAutoDelete", "Description", "FilteringAttributes", "InvocationSource", "Mode", "Rank", "EventHandlerTypeCode", "Stage", "IsCustomizable", "IsHidden", "SupportedDeployment", "IntroducedVersion", "SdkMessageProcessingStepImages" },
            step.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("{11111111-2222-3333-4444-555555555555}", (string)step.Attribute("SdkMessageProcessingStepId")!);
        Assert.Equal("20bebb1b-ea3e-db11-86a7-000a3a5473e8", step.Element("SdkMessageId")!.Value);
        Assert.Equal(TypeName + ", " + AssemblyName, step.Element("PluginTypeName")!.Value);
        Assert.Equal(DeterministicId.ForPluginType(TypeName).ToString(), step.Element("PluginTypeId")!.Value);
        Assert.Equal("statecode,actualvalue", step.Element("FilteringAttributes")!.Value);
        Assert.Equal(("1", "3", "40", "1"), (step.Element("Mode")!.Value, step.Element("Rank")!.Value, step.Element("Stage")!.Value, step.Element("AsyncAutoDelete")!.Value));
        var written = step.Descendants("SdkMessageProcessingStepImage").Single();
        Assert.Equal("{66666666-7777-8888-9999-000000000000}", written.Element("SdkMessageProcessingStepImageId")!.Value);
        Assert.Equal("parentaccountid,customerid", written.Element("Attributes")!.Value);
        Assert.Equal(("0", "Target", "PreImage"), (written.Element("ImageType")!.Value, written.Element("MessagePropertyName")!.Value, written.Element("EntityAlias")!.Value));
    }

    [Fact]
    public void A_sync_step_keeps_its_jobs_flag_off_and_runs_as_the_calling_user_in_the_file()
    {
        var sync = new StepRegistration(StepId, typeof(FakeRecalculation), SdkMessage.Create, "account", PipelineStage.PreOperation, StepMode.Synchronous, rank: 1, runAsSystem: true);
        var step = Generator().Generate(new[] { sync }).Single();
        Assert.Equal(("0", "0", "20", "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8"), (step.Element("Mode")!.Value, step.Element("AsyncAutoDelete")!.Value, step.Element("Stage")!.Value, step.Element("SdkMessageId")!.Value));
        Assert.Empty(step.Element("FilteringAttributes")!.Value);
        Assert.Null(step.Element("ImpersonatingUserIdName"));
    }

    [Fact]
    public void A_step_on_a_message_without_a_verified_id_is_left_out_with_a_note_saying_how_to_supply_it()
    {
        var win = new StepRegistration(StepId, typeof(FakeRecalculation), SdkMessage.Win, "opportunity", PipelineStage.PostOperation, StepMode.Asynchronous);
        var notes = new List<string>();
        Assert.Empty(Generator().Generate(new[] { win }, notes.Add));
        Assert.Equal(string.Format(PackingMessages.StepLeftOut, win.Name, "Win"), Assert.Single(notes));

        var supplied = Generator(("Win", new Guid("abababab-abab-abab-abab-abababababab"))).Generate(new[] { win }).Single();
        Assert.Equal("abababab-abab-abab-abab-abababababab", supplied.Element("SdkMessageId")!.Value);
    }

    [Fact]
    public void Every_message_a_step_can_name_has_a_verified_id_or_is_shipped_only_with_a_supplied_one()
    {
        foreach (var message in Enum.GetNames<SdkMessage>())
        {
            Assert.True(SdkMessageIds.Known.ContainsKey(message) || SdkMessageIds.Unverified.Contains(message), message);
        }
    }

    [Theory]
    [InlineData("unknown type")]
    [InlineData("async before operation")]
    [InlineData("filtering on create")]
    [InlineData("pre-image on create")]
    [InlineData("post-image on delete")]
    [InlineData("post-image before operation")]
    public void Registrations_the_platform_would_reject_fail_the_pack(string problem)
    {
        var (step, expected) = Broken(problem);
        var error = Assert.Throws<PackingException>(() => Generator().Generate(new[] { step }));
        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Duplicate_step_ids_and_duplicate_events_fail_the_pack()
    {
        var first = AsyncUpdate();
        var sameId = new StepRegistration(StepId, typeof(FakeRecalculation), SdkMessage.Delete, "opportunity", PipelineStage.PostOperation, StepMode.Asynchronous);
        Assert.Equal(string.Format(PackingMessages.DuplicateStepId, StepId, first.Name, sameId.Name),
            Assert.Throws<PackingException>(() => Generator().Generate(new[] { first, sameId })).Message);

        var sameEvent = AsyncUpdate(id: Guid.NewGuid());
        Assert.Equal(string.Format(PackingMessages.DuplicateStep, first.Name, sameEvent.Name),
            Assert.Throws<PackingException>(() => Generator().Generate(new[] { first, sameEvent })).Message);
    }

    [Fact]
    public void Plugin_type_ids_are_the_same_in_every_build()
    {
        Assert.Equal(DeterministicId.ForPluginType("A.B"), DeterministicId.ForPluginType("A.B"));
        Assert.NotEqual(DeterministicId.ForPluginType("A.B"), DeterministicId.ForPluginType("A.C"));
        Assert.Equal('5', DeterministicId.From("x").ToString()[14]);
    }

    [Fact]
    public void Extra_message_ids_are_parsed_from_name_guid_pairs_and_bad_text_is_rejected()
    {
        var ids = PackerArguments.MessageIds("Win=abababab-abab-abab-abab-abababababab; Lose=cdcdcdcd-cdcd-cdcd-cdcd-cdcdcdcdcdcd");
        Assert.Equal(new[] { "Lose", "Win" }, ids.Keys.OrderBy(k => k));
        Assert.Equal(string.Format(PackingMessages.BadSdkMessageArgument, "Win"), Assert.Throws<PackingException>(() => PackerArguments.MessageIds("Win")).Message);
    }

    private static (StepRegistration Step, string Message) Broken(string problem)
    {
        StepRegistration Step(SdkMessage message, PipelineStage stage, StepMode mode, Type? type = null, string[]? filtering = null, ImageKind? image = null) =>
            new(StepId, type ?? typeof(FakeRecalculation), message, "account", stage, mode, filteringAttributes: filtering,
                images: image == null ? null : new[] { new ImageRegistration(ImageId, "Image", image.Value, "Target", "name") });

        StepRegistration s;
        switch (problem)
        {
            case "unknown type":
                s = Step(SdkMessage.Update, PipelineStage.PostOperation, StepMode.Synchronous, type: typeof(StepGeneratorTests));
                return (s, string.Format(PackingMessages.UnknownPluginType, s.Name, typeof(StepGeneratorTests).FullName, AssemblyName));
            case "async before operation":
                s = Step(SdkMessage.Update, PipelineStage.PreOperation, StepMode.Asynchronous);
                return (s, string.Format(PackingMessages.AsyncOutsidePostOperation, s.Name));
            case "filtering on create":
                s = Step(SdkMessage.Create, PipelineStage.PostOperation, StepMode.Synchronous, filtering: new[] { "name" });
                return (s, string.Format(PackingMessages.FilteringOutsideUpdate, s.Name, "Create"));
            case "pre-image on create":
                s = Step(SdkMessage.Create, PipelineStage.PostOperation, StepMode.Synchronous, image: ImageKind.PreImage);
                return (s, string.Format(PackingMessages.PreImageOnCreate, s.Name));
            case "post-image on delete":
                s = Step(SdkMessage.Delete, PipelineStage.PostOperation, StepMode.Synchronous, image: ImageKind.PostImage);
                return (s, string.Format(PackingMessages.PostImageOnDelete, s.Name));
            default:
                s = Step(SdkMessage.Update, PipelineStage.PreOperation, StepMode.Synchronous, image: ImageKind.Both);
                return (s, string.Format(PackingMessages.PostImageBeforeOperation, s.Name));
        }
    }
}
