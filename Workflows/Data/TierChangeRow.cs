using System;
using System.Linq;
using CrmTiering.Core.Choices;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Workflows.Data;

/// <summary>
/// One stored <c>ctier_tierchange</c> row, as RecordTierChange wrote it. The activities act on
/// what the row says — never on the account's current state, which may have moved on since.
/// </summary>
public sealed class TierChangeRow
{
    private TierChangeRow(Entity row, EntityReference account, TierMovement movement)
    {
        Id = row.Id;
        Account = account;
        Movement = movement;
        FromTier = row.GetAttributeValue<OptionSetValue>(TierChangeColumns.FromTier)?.Value;
        ToTier = row.GetAttributeValue<OptionSetValue>(TierChangeColumns.ToTier)?.Value;
        var source = row.GetAttributeValue<OptionSetValue>(TierChangeColumns.Source)?.Value;

        // A row without a source was written by a plug-in before sources existed: treat it as Plugin.
        Source = source is int value && Enum.IsDefined(typeof(MovementSource), value) ? (MovementSource)value : MovementSource.Plugin;
        Reason = row.GetAttributeValue<string>(TierChangeColumns.Reason) ?? string.Empty;
        EffectiveRevenue = row.GetAttributeValue<Money>(TierChangeColumns.EffectiveRevenue)?.Value;
        CurrencyCode = row.GetAttributeValue<EntityReference>(TierChangeColumns.Currency)?.Name ?? string.Empty;
        CalculatedOn = row.GetAttributeValue<DateTime?>(TierChangeColumns.CalculatedOn) ?? row.GetAttributeValue<DateTime?>(TierChangeColumns.CreatedOn);
        FollowUpTask = row.GetAttributeValue<EntityReference>(TierChangeColumns.FollowUpTask);
    }

    public Guid Id { get; }

    public EntityReference Reference => new EntityReference(TierChangeColumns.Table, Id);

    public EntityReference Account { get; }

    public TierMovement Movement { get; }

    public int? FromTier { get; }

    public int? ToTier { get; }

    public MovementSource Source { get; }

    public string Reason { get; }

    public decimal? EffectiveRevenue { get; }

    public string CurrencyCode { get; }

    /// <summary>The evaluation's as-of instant (UTC); the row's creation when the column is empty.</summary>
    public DateTime? CalculatedOn { get; }

    /// <summary>The follow-up task this row already links, if any.</summary>
    public EntityReference? FollowUpTask { get; }

    public bool IsSlip => Movement == TierMovement.Tier1Slip;

    public bool IsSurge => Movement == TierMovement.Surge;

    /// <summary>Reads the row as the process owner; a missing or incomplete row is a clear error.</summary>
    public static TierChangeRow Load(IOrganizationService service, EntityReference? reference, string activityName)
    {
        if (reference is null || reference.Id == Guid.Empty)
        {
            throw new InvalidPluginExecutionException(string.Format(WorkflowMessages.TierChangeNotGiven, activityName));
        }

        // A query rather than Retrieve: a missing row is an expected case here, not a fault.
        var query = new QueryExpression(TierChangeColumns.Table)
        {
            ColumnSet = new ColumnSet(
                TierChangeColumns.Account, TierChangeColumns.FromTier, TierChangeColumns.ToTier, TierChangeColumns.Movement, TierChangeColumns.Source, TierChangeColumns.Reason,
                TierChangeColumns.EffectiveRevenue, TierChangeColumns.Currency, TierChangeColumns.CalculatedOn, TierChangeColumns.CreatedOn, TierChangeColumns.FollowUpTask),
            TopCount = 1,
        };
        query.Criteria.AddCondition(TierChangeColumns.Id, ConditionOperator.Equal, reference.Id);
        var row = service.RetrieveMultiple(query).Entities.FirstOrDefault()
            ?? throw new InvalidPluginExecutionException(string.Format(WorkflowMessages.TierChangeNotFound, reference.Id));

        var account = row.GetAttributeValue<EntityReference>(TierChangeColumns.Account)
            ?? throw new InvalidPluginExecutionException(string.Format(WorkflowMessages.TierChangeWithoutAccount, row.Id));
        var movement = row.GetAttributeValue<OptionSetValue>(TierChangeColumns.Movement)?.Value
            ?? throw new InvalidPluginExecutionException(string.Format(WorkflowMessages.TierChangeWithoutMovement, row.Id));
        if (!Enum.IsDefined(typeof(TierMovement), movement) || movement == (int)TierMovement.None)
        {
            throw new InvalidPluginExecutionException(string.Format(WorkflowMessages.UnknownMovement, row.Id, movement));
        }

        return new TierChangeRow(row, account, (TierMovement)movement);
    }
}
