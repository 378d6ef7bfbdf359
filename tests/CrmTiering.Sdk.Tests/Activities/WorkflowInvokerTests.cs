using System;
using System.Activities;
using System.Collections.Generic;

namespace CrmTiering.Sdk.Tests.Activities;

/// <summary>
/// The test-only System.Activities runs a CodeActivity written for .NET Framework unchanged:
/// inputs by argument name, extensions from the host, outputs back by name.
/// </summary>
public class WorkflowInvokerTests
{
    [Fact]
    public void Inputs_reach_the_activity_and_outputs_come_back_by_name()
    {
        var invoker = new WorkflowInvoker(new Greeting());
        invoker.Extensions.Add(new Salutation("Dear"));

        var outputs = invoker.Invoke(new Dictionary<string, object> { ["Name"] = "Ada" });

        Assert.Equal("Dear Ada", outputs["Text"]);
        Assert.Equal(8, outputs["Length"]);
        Assert.False(outputs.ContainsKey("Name"));
    }

    [Fact]
    public void A_constant_argument_is_used_when_no_input_is_given()
    {
        var activity = new Greeting { Name = "Grace" };

        var outputs = WorkflowInvoker.Invoke(activity);

        Assert.Equal("Hello Grace", outputs["Text"]);
    }

    [Fact]
    public void A_missing_extension_reads_as_null()
    {
        var outputs = WorkflowInvoker.Invoke(new Greeting(), new Dictionary<string, object> { ["Name"] = "Alan" });

        Assert.Equal("Hello Alan", outputs["Text"]);
    }

    [Fact]
    public void An_unknown_input_name_is_rejected()
    {
        var inputs = new Dictionary<string, object> { ["Nmae"] = "Ada" };

        Assert.Throws<ArgumentException>(() => WorkflowInvoker.Invoke(new Greeting(), inputs));
    }

    [Fact]
    public void A_required_argument_without_a_value_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => WorkflowInvoker.Invoke(new Greeting()));
    }

    [Fact]
    public void An_exception_from_the_activity_propagates_unchanged()
    {
        var failure = Assert.Throws<InvalidOperationException>(
            () => WorkflowInvoker.Invoke(new Greeting(), new Dictionary<string, object> { ["Name"] = "" }));

        Assert.Equal(Greeting.EmptyNameMessage, failure.Message);
    }

    [Fact]
    public void A_value_code_activity_returns_its_result_as_Result()
    {
        var outputs = WorkflowInvoker.Invoke(new Doubling(), new Dictionary<string, object> { ["Amount"] = 21m });

        Assert.Equal(42m, outputs[Argument.ResultValue]);
    }

    [Fact]
    public void The_context_is_unusable_after_the_run()
    {
        var activity = new ContextKeeper();

        WorkflowInvoker.Invoke(activity);

        Assert.Throws<ObjectDisposedException>(() => activity.Kept!.GetExtension<Salutation>());
    }

    [Fact]
    public void An_argument_of_another_activity_cannot_be_read()
    {
        Assert.Throws<InvalidOperationException>(() => WorkflowInvoker.Invoke(new ForeignReader()));
    }

    [Fact]
    public void Each_run_gets_its_own_extension_from_a_factory()
    {
        var invoker = new WorkflowInvoker(new Greeting());
        var created = 0;
        invoker.Extensions.Add(() => new Salutation("Hi" + ++created));
        var inputs = new Dictionary<string, object> { ["Name"] = "Ada" };

        invoker.Invoke(inputs);
        var second = invoker.Invoke(inputs);

        Assert.Equal("Hi2 Ada", second["Text"]);
    }

    public sealed class Salutation
    {
        public Salutation(string word) => Word = word;

        public string Word { get; }
    }

    public sealed class Greeting : CodeActivity
    {
        public const string EmptyNameMessage = "A name is needed.";

        [RequiredArgument]
        public InArgument<string> Name { get; set; } = null!;

        public OutArgument<string> Text { get; set; } = null!;

        public OutArgument<int> Length { get; set; } = new OutArgument<int>();

        protected override void Execute(CodeActivityContext context)
        {
            var name = Name.Get(context);
            if (name.Length == 0)
            {
                throw new InvalidOperationException(EmptyNameMessage);
            }

            var text = (context.GetExtension<Salutation>()?.Word ?? "Hello") + " " + name;
            Text.Set(context, text);
            context.SetValue(Length, text.Length);
        }
    }

    public sealed class Doubling : CodeActivity<decimal>
    {
        public InArgument<decimal> Amount { get; set; } = new InArgument<decimal>();

        protected override decimal Execute(CodeActivityContext context) => Amount.Get(context) * 2;
    }

    public sealed class ContextKeeper : CodeActivity
    {
        public CodeActivityContext? Kept { get; private set; }

        protected override void Execute(CodeActivityContext context) => Kept = context;
    }

    public sealed class ForeignReader : CodeActivity
    {
        private readonly InArgument<string> _foreign = new InArgument<string>("x");

        protected override void Execute(CodeActivityContext context) => _foreign.Get(context);
    }
}
