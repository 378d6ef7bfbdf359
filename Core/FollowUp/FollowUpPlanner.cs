using System;
using System.Collections.Generic;
using System.Globalization;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Explanation;
using CrmTiering.Core.Policy;

namespace CrmTiering.Core.FollowUp;

/// <summary>R14: which movements get a task, and the task itself; and the merge rule for a repeat.</summary>
public static class FollowUpPlanner
{
    /// <summary>Task subjects are at most 200 characters.</summary>
    public const int SubjectMaxLength = 200;

    /// <summary>Task descriptions are at most 2 000 characters.</summary>
    public const int DescriptionMaxLength = 2000;

    /// <summary>{0} = account name, {1} = from tier, {2} = to tier.</summary>
    public const string SlipSubject = "Tier 1 slip: {0} moved from {1} to {2}";

    /// <summary>{0} = account name, {1} = from tier, {2} = to tier.</summary>
    public const string SurgeSubject = "Surge: {0} moved from {1} to {2}";

    public const string NotAFollowUpMovement = "Only a Tier1Slip or a Surge gets a follow-up task; this movement is {0}.";

    /// <summary>Separates a repeat's text from the earlier description.</summary>
    public const string RepeatSeparator = "\n\n--- again ---\n";

    /// <summary>
    /// DESIGN's NeedsTask: a Tier1Slip or Surge, not from Backfill, and not caused only by an
    /// override unless the policy asks for tasks on override movements.
    /// </summary>
    public static bool NeedsTask(TierMovement movement, MovementSource source, TierPolicy policy) =>
        (movement == TierMovement.Tier1Slip || movement == TierMovement.Surge)
        && source != MovementSource.Backfill
        && (source != MovementSource.Override || policy.TasksForOverrideMovements);

    /// <summary>"{accountId}|{movement}": one open task per account and kind.</summary>
    public static string DedupKey(string accountId, TierMovement kind) => accountId + "|" + kind;

    public static FollowUpPlan Plan(FollowUpRequest request)
    {
        if (request.Movement != TierMovement.Tier1Slip && request.Movement != TierMovement.Surge)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, NotAFollowUpMovement, request.Movement), nameof(request));
        }

        var policy = request.Policy;
        var from = policy.FindTier(request.FromTier);
        var to = policy.FindTier(request.ToTier);
        var fromName = from?.Name ?? request.FromTier?.ToString(CultureInfo.InvariantCulture) ?? "none";
        var toName = to?.Name ?? request.ToTier.ToString(CultureInfo.InvariantCulture);
        var better = from is not null && (to is null || from.Position < to.Position) ? from : to ?? policy.LastTier;
        var accountName = string.IsNullOrWhiteSpace(request.AccountName) ? request.AccountId : request.AccountName.Trim();
        var isSlip = request.Movement == TierMovement.Tier1Slip;
        var subject = string.Format(CultureInfo.InvariantCulture, isSlip ? SlipSubject : SurgeSubject, accountName, fromName, toName);
        var trace = new List<string>();
        var owner = TaskOwnerResolution.Resolve(request.Ownership, policy.FallbackOwner, trace);
        var description = subject + "." + (request.EffectiveRevenue is { } revenue ? " Effective revenue " + ExplanationText.Money(revenue, request.CurrencyCode) + "." : string.Empty)
            + " Respond within " + better.ResponseHours.ToString(CultureInfo.InvariantCulture) + " hours (" + better.Name + " service level)."
            + (string.IsNullOrWhiteSpace(request.Reason) ? string.Empty : "\nWhy: " + request.Reason.Trim());
        return new FollowUpPlan
        {
            Kind = request.Movement,
            Subject = ExplanationText.Limit(subject, SubjectMaxLength),
            Description = ExplanationText.Limit(description, DescriptionMaxLength),
            Priority = isSlip ? TaskPriority.High : TaskPriority.Normal,
            DueUtc = DateTime.SpecifyKind(request.AsOfUtc, DateTimeKind.Utc).AddHours(better.ResponseHours),
            Owner = owner,
            DedupKey = DedupKey(request.AccountId, request.Movement),
            Trace = trace,
        };
    }

    /// <summary>
    /// A repeat while a task of the same kind is open: append the new text to the description,
    /// keep the earlier due date and the higher priority. When the description would exceed its
    /// limit the oldest text is cut, since the newest movement matters most.
    /// </summary>
    public static OpenFollowUpTask Merge(OpenFollowUpTask open, FollowUpPlan repeat)
    {
        var description = string.IsNullOrEmpty(open.Description) ? repeat.Description : open.Description + RepeatSeparator + repeat.Description;
        if (description.Length > DescriptionMaxLength)
        {
            description = "…" + description.Substring(description.Length - (DescriptionMaxLength - 1));
        }

        return new OpenFollowUpTask
        {
            Description = description,
            DueUtc = open.DueUtc is { } due && due <= repeat.DueUtc ? due : repeat.DueUtc,
            Priority = open.Priority >= repeat.Priority ? open.Priority : repeat.Priority,
        };
    }
}
