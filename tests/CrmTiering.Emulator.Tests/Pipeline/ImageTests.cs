using CrmTiering.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests.Pipeline;

public class ImageTests
{
    private readonly PipelineFixture _fx = new();

    private static StepImage[] PreAndPost(params string[] columns) =>
        new[] { new StepImage("pre", ImageTiming.Pre, columns), new StepImage("post", ImageTiming.Post, columns) };

    [Fact]
    public void Update_gives_pre_images_before_and_after_and_a_post_image_after_holding_only_registered_columns()
    {
        var id = _fx.Service.Create(new Entity("account") { ["name"] = "Old", ["telephone1"] = "1", ["revenue"] = new Money(5m) });
        var pre = _fx.Step("Update", "account", StepStage.PreOperation, images: PreAndPost("name", "revenue"));
        var post = _fx.Step("Update", "account", StepStage.PostOperation, images: PreAndPost("name", "revenue"));

        _fx.Service.Update(new Entity("account", id) { ["name"] = "New" });

        Assert.Equal("Old", pre[0].PreEntityImages["pre"]["name"]);
        Assert.False(pre[0].PostEntityImages.ContainsKey("post"));
        Assert.Equal("Old", post[0].PreEntityImages["pre"]["name"]);
        var image = post[0].PostEntityImages["post"];
        Assert.Equal("New", image["name"]);
        Assert.Equal(new Money(5m), image["revenue"]);
        Assert.False(image.Contains("telephone1"));
        Assert.Equal(id, image.Id);
    }

    [Fact]
    public void Create_has_no_pre_image_and_a_post_image_only_after_the_operation()
    {
        var pre = _fx.Step("Create", "account", StepStage.PreOperation, images: PreAndPost("name"));
        var post = _fx.Step("Create", "account", StepStage.PostOperation, images: PreAndPost("name"));

        _fx.Service.Create(new Entity("account") { ["name"] = "A" });

        Assert.Equal(0, pre[0].PreEntityImages.Count + pre[0].PostEntityImages.Count);
        Assert.False(post[0].PreEntityImages.ContainsKey("pre"));
        Assert.Equal("A", post[0].PostEntityImages["post"]["name"]);
    }

    [Fact]
    public void Delete_has_a_pre_image_and_no_post_image()
    {
        var id = _fx.Service.Create(new Entity("account") { ["name"] = "Gone" });
        var post = _fx.Step("Delete", "account", StepStage.PostOperation, images: PreAndPost("name"));

        _fx.Service.Delete("account", id);

        Assert.Equal("Gone", post[0].PreEntityImages["pre"]["name"]);
        Assert.False(post[0].PostEntityImages.ContainsKey("post"));
    }

    [Fact]
    public void Pre_validation_gets_no_images()
    {
        var id = _fx.Service.Create(new Entity("account") { ["name"] = "A" });
        var validation = _fx.Step("Update", "account", StepStage.PreValidation, images: PreAndPost("name"));

        _fx.Service.Update(new Entity("account", id) { ["name"] = "B" });

        Assert.Equal(0, validation[0].PreEntityImages.Count + validation[0].PostEntityImages.Count);
    }

    [Fact]
    public void An_image_without_columns_holds_every_column_with_a_value()
    {
        var id = _fx.Service.Create(new Entity("account") { ["name"] = "A", ["telephone1"] = "1" });
        var post = _fx.Step("Update", "account", StepStage.PostOperation, images: new[] { new StepImage("all", ImageTiming.Both) });

        _fx.Service.Update(new Entity("account", id) { ["name"] = "B" });

        Assert.Equal("1", post[0].PreEntityImages["all"]["telephone1"]);
        Assert.Equal("B", post[0].PostEntityImages["all"]["name"]);
    }

    [Fact]
    public void Async_steps_get_the_images_of_their_operation()
    {
        var id = _fx.Service.Create(new Entity("account") { ["name"] = "A" });
        var async = _fx.Step("Update", "account", StepStage.PostOperation, ExecutionMode.Asynchronous, images: PreAndPost("name"));
        _fx.Service.Update(new Entity("account", id) { ["name"] = "B" });
        _fx.Service.Update(new Entity("account", id) { ["name"] = "C" });

        _fx.Pipeline.DrainAsyncQueue();

        Assert.Equal(new[] { "A", "B" }, new[] { async[0].PreEntityImages["pre"]["name"], async[1].PreEntityImages["pre"]["name"] });
        Assert.Equal("B", async[0].PostEntityImages["post"]["name"]);
    }
}
