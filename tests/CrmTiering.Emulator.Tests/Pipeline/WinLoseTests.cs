using System;
using CrmTiering.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests.Pipeline;

public class WinLoseTests
{
    private static Guid Opportunity(PipelineFixture fx) =>
        fx.Service.Create(new Entity("opportunity") { ["name"] = "Deal", ["estimatedvalue"] = new Money(1200m) });

    private static OrganizationRequest Win(Guid opportunity, Money? actual = null)
    {
        var close = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", opportunity), ["subject"] = "Won" };
        if (actual is not null)
        {
            close["actualrevenue"] = actual;
        }

        return new OrganizationRequest(StepMessages.WinOpportunityRequest) { ["OpportunityClose"] = close, ["Status"] = new OptionSetValue(-1) };
    }

    /// <summary>"opportunityclose EntityType" (Dataverse table reference) lists Create as an event: Win and Lose create the activity.</summary>
    [Theory]
    [InlineData(StepMessages.WinOpportunityRequest)]
    [InlineData(StepMessages.LoseOpportunityRequest)]
    public void Win_and_Lose_fire_the_Create_steps_of_the_close_activity_they_create(string request)
    {
        var fx = new PipelineFixture();
        var id = Opportunity(fx);
        var created = fx.Step("Create", "opportunityclose", StepStage.PostOperation, ExecutionMode.Asynchronous, images: new[] { new StepImage("post", ImageTiming.Post, "opportunityid") });
        var close = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", id) };

        fx.Service.Execute(new OrganizationRequest(request) { ["OpportunityClose"] = close, ["Status"] = new OptionSetValue(-1) });
        fx.Pipeline.DrainAsyncQueue();

        var context = Assert.Single(created);
        Assert.Equal("opportunityclose", context.PrimaryEntityName);
        Assert.Equal(id, context.PostEntityImages["post"].GetAttributeValue<EntityReference>("opportunityid").Id);
    }

    [Fact]
    public void Win_closes_the_opportunity_with_the_estimated_value_and_today_and_creates_the_close_activity()
    {
        var fx = new PipelineFixture();
        var id = Opportunity(fx);
        var steps = fx.Step(StepMessages.Win, "opportunity", StepStage.PostOperation, ExecutionMode.Asynchronous, images: new[] { new StepImage("pre", ImageTiming.Both) });

        fx.Service.Execute(Win(id));
        fx.Pipeline.DrainAsyncQueue();

        var stored = fx.Org.Peek("opportunity", id)!;
        Assert.Equal(new OptionSetValue(1), stored["statecode"]);
        Assert.Equal(new OptionSetValue(3), stored["statuscode"]);
        Assert.Equal(new Money(1200m), stored["actualvalue"]);
        Assert.Equal(fx.Org.UtcNow.Date, ((DateTime)stored["actualclosedate"]).Date);
        Assert.Equal(1, fx.Org.CountRows("opportunityclose"));
        var context = Assert.Single(steps);
        Assert.Equal("Win", context.MessageName);
        Assert.IsType<Entity>(context.InputParameters["OpportunityClose"]);
        Assert.Equal(0, context.PreEntityImages.Count + context.PostEntityImages.Count);
    }

    [Fact]
    public void Win_keeps_a_given_actual_revenue_and_lose_sets_lost_with_its_default_reason()
    {
        var fx = new PipelineFixture();
        var won = Opportunity(fx);
        var lost = Opportunity(fx);

        fx.Service.Execute(Win(won, new Money(900m)));
        fx.Service.Execute(new OrganizationRequest(StepMessages.LoseOpportunityRequest)
        {
            ["OpportunityClose"] = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", lost) },
            ["Status"] = new OptionSetValue(-1),
        });

        Assert.Equal(new Money(900m), fx.Org.Peek("opportunity", won)!["actualvalue"]);
        Assert.Equal(new OptionSetValue(2), fx.Org.Peek("opportunity", lost)!["statecode"]);
        Assert.Equal(new OptionSetValue(4), fx.Org.Peek("opportunity", lost)!["statuscode"]);
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public void Whether_win_fires_update_steps_follows_the_switch(bool fireUpdate, int expectedUpdates)
    {
        var fx = new PipelineFixture(new PipelineOptions { WinLoseFireUpdateSteps = fireUpdate });
        var id = Opportunity(fx);
        var updates = fx.Step("Update", "opportunity", StepStage.PostOperation, filtering: new[] { "statecode" });

        fx.Service.Execute(Win(id));

        Assert.Equal(expectedUpdates, updates.Count);
        Assert.Equal(new OptionSetValue(1), fx.Org.Peek("opportunity", id)!["statecode"]);
    }

    [Theory]
    [InlineData(1, "won")]
    [InlineData(2, "lost")]
    public void An_update_that_closes_an_opportunity_is_refused(int state, string word)
    {
        var fx = new PipelineFixture();
        var id = Opportunity(fx);

        var fault = FaultAssert.Expect(PipelineErrorCodes.StateChangeNeedsCloseMessage, () =>
            fx.Service.Update(new Entity("opportunity", id) { ["statecode"] = new OptionSetValue(state) }));

        Assert.Contains($"set the state of opportunity to {word}", fault.Message);
        Assert.Equal(new OptionSetValue(0), fx.Org.Peek("opportunity", id)!["statecode"]);
    }
}
