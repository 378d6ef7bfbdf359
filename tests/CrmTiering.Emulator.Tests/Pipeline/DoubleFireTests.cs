using System.Linq;
using CrmTiering.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests.Pipeline;

public class DoubleFireTests
{
    private readonly PipelineFixture _fx = new();

    [Fact]
    public void An_update_with_state_and_other_columns_runs_update_steps_twice_other_columns_first()
    {
        var id = _fx.Service.Create(new Entity("account") { ["name"] = "A" });
        var pre = _fx.Step("Update", "account", StepStage.PreOperation);
        var post = _fx.Step("Update", "account", StepStage.PostOperation, images: new[] { new StepImage("post", ImageTiming.Post, "name", "statecode") });
        var validation = _fx.Step("Update", "account", StepStage.PreValidation);

        _fx.Service.Update(new Entity("account", id) { ["name"] = "B", ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });

        Assert.Single(validation);
        Assert.Equal(2, pre.Count);
        Assert.Equal(new[] { "name" }, ((Entity)post[0].InputParameters["Target"]).Attributes.Keys.ToArray());
        Assert.Equal(new[] { "statecode", "statuscode" }, ((Entity)post[1].InputParameters["Target"]).Attributes.Keys.OrderBy(k => k).ToArray());
        Assert.Equal(new OptionSetValue(0), post[0].PostEntityImages["post"]["statecode"]);
        Assert.Equal(new OptionSetValue(1), post[1].PostEntityImages["post"]["statecode"]);
        Assert.Equal("B", _fx.Org.Peek("account", id)!["name"]);
    }

    [Fact]
    public void Filtering_attributes_apply_to_each_part_of_a_split_update()
    {
        var id = _fx.Service.Create(new Entity("account") { ["name"] = "A" });
        var onState = _fx.Step("Update", "account", StepStage.PostOperation, filtering: new[] { "statecode" });

        _fx.Service.Update(new Entity("account", id) { ["name"] = "B", ["statecode"] = new OptionSetValue(1) });

        Assert.Single(onState);
    }

    [Fact]
    public void An_update_of_state_alone_runs_update_steps_once()
    {
        var id = _fx.Service.Create(new Entity("account"));
        var post = _fx.Step("Update", "account", StepStage.PostOperation);

        _fx.Service.Update(new Entity("account", id) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });

        Assert.Single(post);
    }
}
