using System;
using System.Linq;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Policy;
using CrmTiering.Emulator.Security;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmTiering.Plugins.Tests.Recalculation;

/// <summary>SYSTEM identity, and the history row written in the account's transaction.</summary>
public sealed class IdentityAndHistoryTests
{
    [Fact]
    public void A_rep_who_sees_only_their_unit_wins_a_deal_and_the_tier_equals_the_batch_recompute()
    {
        // Given an account owned in the West unit with 300 000 won there, and an East rep who reads only East opportunities
        var org = new TieringOrganization();
        var west = org.Org.AddBusinessUnit("West");
        var east = org.Org.AddBusinessUnit("East");
        var owner = org.Org.AddUser("West owner", west, roles: new[] { StandardRoles.Salesperson });
        var rep = org.Org.AddUser("East rep", east, roles: new[] { StandardRoles.Salesperson });
        org.Org.SetReadDepth(rep, OpportunityColumns.Table, ReadDepth.BusinessUnit);
        org.Org.SetReadDepth(rep, AccountColumns.Table, ReadDepth.BusinessUnit);
        var account = org.Org.Seed(new Entity(AccountColumns.Table) { [AccountColumns.Name] = "Fabrikam", ["ownerid"] = new EntityReference("systemuser", owner) });
        var history = TieringOrganization.WonOpportunity(account, 300_000m, TieringOrganization.Start.AddDays(-40));
        history["ownerid"] = new EntityReference("systemuser", owner);
        org.Org.Seed(history);
        var repService = org.Org.ServiceFor(rep);
        var deal = repService.Create(new Entity(OpportunityColumns.Table)
        {
            [OpportunityColumns.ParentAccount] = new EntityReference(AccountColumns.Table, account),
            [OpportunityColumns.EstimatedValue] = new Money(250_000m),
        });
        org.Drain();
        var mark = org.Org.Calls.Mark();

        // When the rep wins the deal
        org.Win(deal, 250_000m, repService);
        org.Drain();

        // Then the tier counts every deal (as SYSTEM) and equals the batch recompute
        var expected = BatchRecompute.Evaluate(org, TierPolicy.Default, account, org.Clock.UtcNow);
        Assert.Equal(550_000m, org.Base(account, AccountColumns.EffectiveRevenue));
        Assert.Equal(expected.Tier.Value, org.TierOf(account));
        Assert.All(org.CallsBy(TieringOrganization.RecalculationOrigin, mark), c => Assert.True(c.IsSystem));
        Assert.All(org.CallsBy(TieringOrganization.HistoryOrigin, mark), c => Assert.True(c.IsSystem));
        var row = org.History(account).Last();
        var initiatedBy = row.GetAttributeValue<EntityReference>(TierChangeColumns.InitiatedBy);
        Assert.Equal(("systemuser", rep), (initiatedBy.LogicalName, initiatedBy.Id));
        var promotion = org.History(account).Single(r => r.GetAttributeValue<OptionSetValue>(TierChangeColumns.Movement)?.Value == (int)TierMovement.Promotion);
        Assert.Equal("Tier 2 → Tier 1 (Promotion)", promotion.GetAttributeValue<string>(TierChangeColumns.Name));
        Assert.Contains(org.Pipeline.Traces, t => t.Text.Contains($"caller {rep}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tier_change_writes_one_history_row_with_the_movement_and_revenue()
    {
        var org = new TieringOrganization();
        var account = org.AddAccount();
        org.CreatePaidInvoice(account, 150_000m);
        org.Drain();
        org.Clock.Advance(TimeSpan.FromDays(2));

        org.CreatePaidInvoice(account, 500_000m);
        org.Drain();

        var rows = org.History(account);
        Assert.Equal(2, rows.Count);
        var promotion = rows[1];
        Assert.Equal(512000001, promotion.GetAttributeValue<OptionSetValue>(TierChangeColumns.FromTier).Value);
        Assert.Equal(512000000, promotion.GetAttributeValue<OptionSetValue>(TierChangeColumns.ToTier).Value);
        Assert.Equal((int)TierMovement.Promotion, promotion.GetAttributeValue<OptionSetValue>(TierChangeColumns.Movement).Value);
        Assert.Equal((int)MovementSource.Plugin, promotion.GetAttributeValue<OptionSetValue>(TierChangeColumns.Source).Value);
        Assert.Equal(650_000m, promotion.GetAttributeValue<Money>(TierChangeColumns.EffectiveRevenue).Value);
        Assert.Equal(org.Clock.UtcNow, promotion.GetAttributeValue<DateTime>(TierChangeColumns.CalculatedOn));
        Assert.Equal(org.Account(account).GetAttributeValue<string>(AccountColumns.Reason), promotion.GetAttributeValue<string>(TierChangeColumns.Reason));
    }

    [Fact]
    public void A_requested_recalculation_runs_synchronously_and_a_review_records_source_review()
    {
        // Given an untiered account with 600 000 won
        var org = new TieringOrganization();
        var account = org.AddAccount();
        org.Org.Seed(TieringOrganization.WonOpportunity(account, 600_000m, TieringOrganization.Start.AddDays(-5)));

        // When the quarterly review stamps the request and the review date
        org.User.Update(new Entity(AccountColumns.Table, account)
        {
            [AccountColumns.RecalculationRequestedOn] = org.Clock.UtcNow,
            [AccountColumns.LastReviewedOn] = org.Clock.UtcNow,
        });

        // Then the tier is there when the save returns, with a Review history row
        Assert.DoesNotContain(org.Pipeline.PendingJobs, j => j.PrimaryEntityName == AccountColumns.Table);
        Assert.Equal(512000000, org.TierOf(account));
        var row = Assert.Single(org.History(account));
        Assert.Equal((int)MovementSource.Review, row.GetAttributeValue<OptionSetValue>(TierChangeColumns.Source).Value);
        Assert.Equal((int)TierMovement.Initial, row.GetAttributeValue<OptionSetValue>(TierChangeColumns.Movement).Value);
    }

    [Fact]
    public void The_source_in_the_tag_reaches_the_history_row()
    {
        var org = new TieringOrganization();
        var account = org.AddAccount();
        var update = new UpdateRequest
        {
            Target = new Entity(AccountColumns.Table, account)
            {
                [AccountColumns.Tier] = new OptionSetValue(512000001),
                [AccountColumns.LastMovement] = new OptionSetValue((int)TierMovement.Initial),
            },
        };
        update.Parameters[RecalculationTag.ParameterName] = RecalculationTag.For(MovementSource.Backfill);

        org.Org.SystemService.Execute(update);

        var row = Assert.Single(org.History(account));
        Assert.Equal((int)MovementSource.Backfill, row.GetAttributeValue<OptionSetValue>(TierChangeColumns.Source).Value);
        Assert.Null(row.GetAttributeValue<OptionSetValue>(TierChangeColumns.FromTier));
    }

    [Fact]
    public void An_update_that_leaves_the_tier_as_it_was_writes_no_history()
    {
        var org = new TieringOrganization();
        var account = org.AddAccount();
        org.CreatePaidInvoice(account, 150_000m);
        org.Drain();

        var update = new UpdateRequest { Target = new Entity(AccountColumns.Table, account) { [AccountColumns.Tier] = new OptionSetValue(512000001) } };
        update.Parameters[RecalculationTag.ParameterName] = RecalculationTag.Recalculation;
        org.Org.SystemService.Execute(update);

        Assert.Single(org.History(account));
    }
}
