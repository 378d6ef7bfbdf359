using System.Collections.Generic;
using CrmTiering.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmTiering.Emulator.Tests.Pipeline;

/// <summary>"Use optional parameters" (learn.microsoft.com): the tag reaches SharedVariables["tag"] of its own operation only.</summary>
public class TagParameterTests
{
    private readonly PipelineFixture _fx = new();

    [Fact]
    public void A_nested_operation_does_not_carry_the_parents_tag_in_its_own_shared_variables_only_through_the_parent_context()
    {
        // Docs: "Use optional parameters" (tag → SharedVariables["tag"]); "Shared variables" (a parent's variables via ParentContext).
        var parents = _fx.Step("Create", "account", StepStage.PostOperation, body: (c, services) => PipelineFixture.ServiceOf(services).Create(new Entity("contact")));
        var children = _fx.Step("Create", "contact", StepStage.PreOperation);
        var request = new CreateRequest { Target = new Entity("account") };
        request.Parameters["tag"] = "import-42";

        _fx.Service.Execute(request);

        var parent = Assert.Single(parents);
        var child = Assert.Single(children);
        Assert.Equal("import-42", parent.SharedVariables["tag"]);
        Assert.False(parent.InputParameters.ContainsKey("tag"));
        Assert.False(child.SharedVariables.ContainsKey("tag"));
        Assert.Equal("import-42", child.ParentContext.SharedVariables["tag"]);
    }

    [Fact]
    public void A_nested_operation_with_its_own_tag_sees_its_own()
    {
        // Docs: "Use optional parameters" — each request carries its own tag.
        _fx.Step("Create", "account", StepStage.PostOperation, body: (c, services) =>
        {
            var inner = new CreateRequest { Target = new Entity("contact") };
            inner.Parameters["tag"] = "inner";
            PipelineFixture.ServiceOf(services).Execute(inner);
        });
        var children = _fx.Step("Create", "contact", StepStage.PreOperation);
        var request = new CreateRequest { Target = new Entity("account") };
        request.Parameters["tag"] = "outer";

        _fx.Service.Execute(request);

        var child = Assert.Single(children);
        Assert.Equal("inner", child.SharedVariables["tag"]);
        Assert.Equal("outer", child.ParentContext.SharedVariables["tag"]);
    }
}
