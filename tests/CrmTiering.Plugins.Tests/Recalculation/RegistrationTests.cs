using System;
using System.Linq;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Recalculation;
using CrmTiering.Plugins.Registration;

namespace CrmTiering.Plugins.Tests.Recalculation;

/// <summary>The recalculation steps as DESIGN "Platform design" lists them, read from TieringSteps.Shipped.</summary>
public sealed class RegistrationTests
{
    [Theory]
    [InlineData("Create", "opportunity")]
    [InlineData("Update", "opportunity")]
    [InlineData("Delete", "opportunity")]
    [InlineData("Create", "opportunityclose")]
    [InlineData("Create", "invoice")]
    [InlineData("Update", "invoice")]
    [InlineData("Delete", "invoice")]
    [InlineData("Merge", "account")]
    public void Revenue_events_recalculate_asynchronously_after_the_operation(string message, string table)
    {
        var step = Assert.Single(TieringSteps.Shipped, s => s.PluginType == typeof(RecalculateAccountTier) && s.Message == message && s.PrimaryEntity == table);

        Assert.Equal(PipelineStage.PostOperation, step.Stage);
        Assert.Equal(StepMode.Asynchronous, step.Mode);
        Assert.True(step.DeleteAsyncOperationIfSuccessful);
    }

    /// <summary>
    /// Win and Lose create an opportunityclose ("opportunityclose EntityType" lists Create as an event),
    /// so won and lost deals recalculate in every zip; the Win and Lose steps themselves ship only when
    /// the build is given their message ids.
    /// </summary>
    [Fact]
    public void Win_and_Lose_steps_are_declared_but_not_shipped_by_default()
    {
        Assert.DoesNotContain(TieringSteps.Shipped, s => s.Message is "Win" or "Lose");
        Assert.Equal(new[] { "Lose", "Win" }, TieringSteps.All.Where(s => s.Message is "Win" or "Lose").Select(s => s.Message).OrderBy(m => m));
        var close = Assert.Single(TieringSteps.Shipped, s => s.PrimaryEntity == OpportunityColumns.CloseActivityTable);
        Assert.Equal(new[] { OpportunityColumns.CloseActivityOpportunity }, Assert.Single(close.Images).Columns);
    }

    /// <summary>The step list is collected from the plug-ins, so a plug-in without a step would ship unregistered.</summary>
    [Fact]
    public void Every_public_plugin_type_declares_a_step_or_backs_the_shipped_custom_api()
    {
        var pluginTypes = typeof(PluginBase).Assembly.GetTypes()
            .Where(t => t.IsPublic && !t.IsAbstract && typeof(Microsoft.Xrm.Sdk.IPlugin).IsAssignableFrom(t))
            .ToList();
        var customApi = System.Xml.Linq.XDocument.Load(System.IO.Path.Combine(
            Foundation.RepositoryLayout.Root, "Solution", "src", "customapis", "ctier_RecalculateTiers", "customapi.xml"));
        var apiType = (string)customApi.Root!.Element("plugintypeid")!.Attribute("typename")!;

        Assert.Equal(pluginTypes.OrderBy(t => t.FullName), TieringSteps.PluginTypes.OrderBy(t => t.FullName));
        foreach (var type in pluginTypes)
        {
            var plugin = (PluginBase)Activator.CreateInstance(type)!;
            Assert.True(
                plugin.Steps.Count > 0 ? plugin.Steps.All(step => step.PluginType == type) : plugin.CustomApi is not null && type.FullName == apiType,
                $"{type.FullName} declares no step of its own and backs no shipped Custom API");
        }
    }

    [Fact]
    public void Images_exist_only_where_the_platform_gives_them_and_hold_only_the_owner_lookups()
    {
        foreach (var step in TieringSteps.Shipped.Where(s => s.PluginType == typeof(RecalculateAccountTier)))
        {
            var kinds = step.Images.Select(i => i.Kind).OrderBy(k => k).ToArray();
            var expected = step.Message switch
            {
                "Create" => new[] { ImageKind.PostImage },
                "Update" when step.PrimaryEntity != AccountColumns.Table => new[] { ImageKind.PreImage, ImageKind.PostImage },
                "Delete" => new[] { ImageKind.PreImage },
                _ => Array.Empty<ImageKind>(),
            };
            Assert.Equal(expected, kinds);
            var owners = step.PrimaryEntity == OpportunityColumns.CloseActivityTable
                ? new[] { OpportunityColumns.CloseActivityOpportunity }
                : new[] { OpportunityColumns.ParentAccount, OpportunityColumns.Customer };
            Assert.All(step.Images, image => Assert.Subset(owners.ToHashSet(), image.Columns.ToHashSet()));
            Assert.All(step.Images, image => Assert.Equal(step.Message == "Create" ? "id" : "Target", image.MessagePropertyName));
        }
    }

    [Fact]
    public void Update_steps_filter_on_the_columns_revenue_depends_on()
    {
        var opportunity = Assert.Single(TieringSteps.Shipped, s => s.PluginType == typeof(RecalculateAccountTier) && s.Message == "Update" && s.PrimaryEntity == OpportunityColumns.Table);
        var invoice = Assert.Single(TieringSteps.Shipped, s => s.PluginType == typeof(RecalculateAccountTier) && s.Message == "Update" && s.PrimaryEntity == InvoiceColumns.Table);

        Assert.Equal(
            new[] { "actualclosedate", "actualvalue", "closeprobability", "customerid", "estimatedclosedate", "estimatedvalue", "parentaccountid", "statecode", "statuscode", "transactioncurrencyid" },
            opportunity.FilteringAttributes.OrderBy(c => c, StringComparer.Ordinal));
        Assert.Equal(
            new[] { "customerid", "datedelivered", "statecode", "totalamount", "totalamountlessfreight", "transactioncurrencyid" },
            invoice.FilteringAttributes.OrderBy(c => c, StringComparer.Ordinal));
    }

    [Fact]
    public void Account_steps_run_synchronously_in_the_accounts_transaction()
    {
        var requested = Assert.Single(TieringSteps.Shipped, s => s.PluginType == typeof(RecalculateAccountTier) && s.Message == "Update" && s.PrimaryEntity == AccountColumns.Table);
        Assert.Equal((AccountColumns.Table, StepMode.Synchronous, PipelineStage.PostOperation), (requested.PrimaryEntity, requested.Mode, requested.Stage));
        Assert.Equal(new[] { AccountColumns.RecalculationRequestedOn }, requested.FilteringAttributes);

        var history = TieringSteps.Shipped.Where(s => s.PluginType == typeof(RecordTierChange)).ToList();
        Assert.Equal(new[] { "Create", "Update" }, history.Select(s => s.Message).OrderBy(m => m, StringComparer.Ordinal));
        Assert.All(history, s => Assert.Equal((AccountColumns.Table, StepMode.Synchronous, PipelineStage.PostOperation), (s.PrimaryEntity, s.Mode, s.Stage)));
        Assert.Equal(new[] { AccountColumns.Tier }, history.Single(s => s.Message == "Update").FilteringAttributes);
    }

    [Fact]
    public void Step_and_image_ids_are_pinned_and_unique()
    {
        var ids = TieringSteps.All.Select(s => s.Id).Concat(TieringSteps.All.SelectMany(s => s.Images).Select(i => i.Id)).ToList();

        Assert.DoesNotContain(Guid.Empty, ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids, TieringSteps.All.Select(s => s.Id).Concat(TieringSteps.All.SelectMany(s => s.Images).Select(i => i.Id)));
    }
}
