using System;
using CrmTiering.Core.Choices;
using CrmTiering.Core.FollowUp;

namespace CrmTiering.Core.Tests.FollowUp;

/// <summary>R14: follow-up tasks for a Tier 1 slip and a surge.</summary>
public sealed class FollowUpPlannerTests
{
    private static readonly DateTime AsOf = new DateTime(2024, 6, 30, 9, 15, 0, DateTimeKind.Utc);

    private static readonly AccountOwnership OwnedByAnna = new AccountOwnership
    {
        OwningUserId = "anna", OwningUserEnabled = true, ManagerId = "mia", ManagerEnabled = true,
    };

    private static FollowUpRequest Slip(AccountOwnership? ownership = null, string? fallback = null) =>
        new FollowUpRequest(fallback is null ? Given.Policy() : Given.Policy("\"fallbackOwner\":null", "\"fallbackOwner\":\"" + fallback + "\""), "acc-1", TierMovement.Tier1Slip, Given.Tier1, Given.Tier2, AsOf)
        {
            AccountName = "Contoso",
            Reason = "Tier 2: effective revenue 150,000.00 EUR.",
            EffectiveRevenue = 150000m,
            CurrencyCode = "EUR",
            Ownership = ownership ?? OwnedByAnna,
        };

    [Fact]
    public void A_slip_gets_a_high_priority_task_for_the_owners_manager_due_within_tier_1_response()
    {
        var plan = FollowUpPlanner.Plan(Slip());

        Assert.Equal("Tier 1 slip: Contoso moved from Tier 1 to Tier 2", plan.Subject);
        Assert.Equal(TaskPriority.High, plan.Priority);
        Assert.Equal(AsOf.AddHours(24), plan.DueUtc);
        Assert.Equal(new TaskOwner("mia", false, TaskOwnerSource.Manager), plan.Owner);
        Assert.Equal("acc-1|Tier1Slip", plan.DedupKey);
        Assert.Contains("Why: Tier 2: effective revenue 150,000.00 EUR.", plan.Description);
        Assert.Contains("Effective revenue 150,000.00 EUR.", plan.Description);
    }

    [Fact]
    public void A_surge_gets_a_normal_priority_task_due_within_the_better_tiers_response()
    {
        var plan = FollowUpPlanner.Plan(Slip() with { Movement = TierMovement.Surge, FromTier = Given.Tier3, ToTier = Given.Tier1 });

        Assert.Equal("Surge: Contoso moved from Tier 3 to Tier 1", plan.Subject);
        Assert.Equal(TaskPriority.Normal, plan.Priority);
        Assert.Equal(AsOf.AddHours(24), plan.DueUtc);
        Assert.Equal("acc-1|Surge", plan.DedupKey);
    }

    [Fact]
    public void A_surge_from_tier_3_to_tier_2_is_due_within_tier_2_response()
    {
        var plan = FollowUpPlanner.Plan(Slip() with { Movement = TierMovement.Surge, FromTier = Given.Tier3, ToTier = Given.Tier2 });

        Assert.Equal(AsOf.AddHours(36), plan.DueUtc);
    }

    [Fact]
    public void Disabled_manager_falls_back_to_the_owner()
    {
        var plan = FollowUpPlanner.Plan(Slip(OwnedByAnna with { ManagerEnabled = false }));

        Assert.Equal(new TaskOwner("anna", false, TaskOwnerSource.Owner), plan.Owner);
        Assert.Contains(string.Format(TaskOwnerResolution.ManagerDisabled, "mia"), plan.Trace);
    }

    [Fact]
    public void Disabled_owner_without_manager_falls_back_to_the_fallback_owner()
    {
        var plan = FollowUpPlanner.Plan(Slip(OwnedByAnna with { ManagerId = null, OwningUserEnabled = false }, fallback: "ops"));

        Assert.Equal(new TaskOwner("ops", false, TaskOwnerSource.Fallback), plan.Owner);
    }

    [Fact]
    public void A_team_owned_account_goes_to_the_team()
    {
        var plan = FollowUpPlanner.Plan(Slip(new AccountOwnership { OwningTeamId = "team-emea" }));

        Assert.Equal(new TaskOwner("team-emea", true, TaskOwnerSource.Team), plan.Owner);
    }

    [Fact]
    public void Nobody_to_assign_means_no_task_and_a_trace()
    {
        var plan = FollowUpPlanner.Plan(Slip(OwnedByAnna with { ManagerEnabled = false, OwningUserEnabled = false }));

        Assert.Null(plan.Owner);
        Assert.Contains(TaskOwnerResolution.NobodyToAssign, plan.Trace);
    }

    [Fact]
    public void Other_movements_get_no_plan()
    {
        var error = Assert.Throws<ArgumentException>(() => FollowUpPlanner.Plan(Slip() with { Movement = TierMovement.Demotion }));

        Assert.StartsWith(string.Format(FollowUpPlanner.NotAFollowUpMovement, TierMovement.Demotion), error.Message);
    }

    [Theory]
    [InlineData(TierMovement.Tier1Slip, MovementSource.Plugin, true)]
    [InlineData(TierMovement.Surge, MovementSource.Review, true)]
    [InlineData(TierMovement.Surge, MovementSource.Backfill, false)]
    [InlineData(TierMovement.Tier1Slip, MovementSource.Override, false)]
    [InlineData(TierMovement.Initial, MovementSource.Plugin, false)]
    [InlineData(TierMovement.Promotion, MovementSource.Plugin, false)]
    [InlineData(TierMovement.Demotion, MovementSource.Plugin, false)]
    public void Only_slips_and_surges_outside_backfill_and_override_need_a_task(TierMovement movement, MovementSource source, bool expected) =>
        Assert.Equal(expected, FollowUpPlanner.NeedsTask(movement, source, Given.Policy()));

    [Fact]
    public void A_repeat_appends_keeps_the_earlier_due_and_the_higher_priority()
    {
        var open = new OpenFollowUpTask { Description = "first", DueUtc = AsOf, Priority = TaskPriority.High };
        var repeat = FollowUpPlanner.Plan(Slip() with { AsOfUtc = AsOf.AddDays(2) }) with { Priority = TaskPriority.Normal };

        var merged = FollowUpPlanner.Merge(open, repeat);

        Assert.Equal("first" + FollowUpPlanner.RepeatSeparator + repeat.Description, merged.Description);
        Assert.Equal(AsOf, merged.DueUtc);
        Assert.Equal(TaskPriority.High, merged.Priority);
    }

    [Fact]
    public void A_repeat_can_bring_the_due_date_forward_and_raise_priority()
    {
        var open = new OpenFollowUpTask { Description = "first", DueUtc = AsOf.AddDays(5), Priority = TaskPriority.Normal };
        var repeat = FollowUpPlanner.Plan(Slip());

        var merged = FollowUpPlanner.Merge(open, repeat);

        Assert.Equal(repeat.DueUtc, merged.DueUtc);
        Assert.Equal(TaskPriority.High, merged.Priority);
    }

    [Fact]
    public void A_long_merged_description_keeps_the_newest_text_within_the_limit()
    {
        var open = new OpenFollowUpTask { Description = new string('o', 1990), DueUtc = AsOf, Priority = TaskPriority.High };
        var repeat = FollowUpPlanner.Plan(Slip());

        var merged = FollowUpPlanner.Merge(open, repeat);

        Assert.Equal(FollowUpPlanner.DescriptionMaxLength, merged.Description.Length);
        Assert.EndsWith(repeat.Description, merged.Description);
        Assert.StartsWith("…", merged.Description);
    }
}
