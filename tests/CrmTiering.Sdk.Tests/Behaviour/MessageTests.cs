using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Sdk.Tests.Behaviour;

/// <summary>Typed messages are views over Parameters/Results (sdk-surface.md §4, §9.7).</summary>
public class MessageTests
{
    [Fact]
    public void Request_constructors_name_the_message_and_pre_insert_their_keys()
    {
        Assert.Equal("Create", new CreateRequest().RequestName);
        Assert.True(new CreateRequest().Parameters.Contains("Target"));
        Assert.True(new UpdateRequest().Parameters.Contains("Target"));
        Assert.True(new DeleteRequest().Parameters.Contains("Target"));
        Assert.True(new RetrieveRequest().Parameters.Contains("ColumnSet"));
        Assert.True(new RetrieveMultipleRequest().Parameters.Contains("Query"));
        Assert.Equal("RetrieveMultiple", new RetrieveMultipleRequest().RequestName);
    }

    [Fact]
    public void Request_properties_read_and_write_the_parameters()
    {
        var target = new Entity("account");
        var request = new UpdateRequest { Target = target, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches };

        Assert.Same(target, request["Target"]);
        Assert.Equal(ConcurrencyBehavior.IfRowVersionMatches, request.Parameters["ConcurrencyBehavior"]);
        Assert.Equal(ConcurrencyBehavior.Default, new DeleteRequest().ConcurrencyBehavior);
    }

    [Fact]
    public void Responses_read_their_results_and_default_when_absent()
    {
        var id = Guid.NewGuid();
        var created = new CreateResponse();
        created.Results["id"] = id;

        Assert.Equal(id, created.id);
        Assert.Equal(Guid.Empty, new CreateResponse().id);
        Assert.Null(new RetrieveResponse().Entity);
        Assert.Null(new RetrieveMultipleResponse().EntityCollection);
    }

    [Fact]
    public void ParameterCollection_TryGetValue_of_T_is_false_for_a_value_of_another_type()
    {
        var parameters = new ParameterCollection { ["Target"] = new EntityReference("account", Guid.NewGuid()) };

        Assert.False(parameters.TryGetValue<Entity>("Target", out _));
        Assert.True(parameters.TryGetValue<EntityReference>("Target", out var reference));
        Assert.Equal("account", reference.LogicalName);
    }

    [Fact]
    public void AddOrUpdateIfNotNull_ignores_null()
    {
        var parameters = new ParameterCollection();

        parameters.AddOrUpdateIfNotNull("tag", null);
        parameters.AddOrUpdateIfNotNull("tag", "ctier:recalc");

        Assert.Equal("ctier:recalc", parameters["tag"]);
    }

    [Fact]
    public void EntityImageCollection_indexer_throws_for_an_absent_alias()
    {
        var images = new EntityImageCollection();

        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => images["PreImage"]);
        Assert.False(images.Contains("PreImage"));
    }

    [Fact]
    public void InvalidPluginExecutionException_defaults_to_Failed_and_error_code_sets_HResult()
    {
        Assert.Equal(OperationStatus.Failed, new InvalidPluginExecutionException("bad").Status);
        Assert.Equal(-2147164125, new InvalidPluginExecutionException(OperationStatus.Failed, -2147164125, "limit").ErrorCode);
        Assert.Equal(string.Empty, new InvalidPluginExecutionException(OperationStatus.Canceled).Message);
    }

    [Fact]
    public void EntityCollection_over_a_fixed_array_still_grows()
    {
        var page = new EntityCollection(new[] { new Entity("account") });

        page.Entities.Add(new Entity("account"));

        Assert.Equal(2, page.Entities.Count);
    }
}
