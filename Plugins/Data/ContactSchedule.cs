using System;
using System.Linq;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Review;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// R17's contact cadence: <c>ctier_nextcontactdue</c> from the latest completed activity regarding the
/// account, computed by the quarterly review and the recalculation sweep (never per revenue event).
/// The column is computed: only SYSTEM writes it, with the tier columns.
/// </summary>
public static class ContactSchedule
{
    /// <summary>The latest <c>actualend</c> of a completed (statecode 1) activity regarding the account; one query.</summary>
    public static DateTime? LastCompletedActivity(IOrganizationService systemService, Guid accountId)
    {
        var query = new QueryExpression("activitypointer") { ColumnSet = new ColumnSet("actualend"), TopCount = 1 };
        query.Criteria.AddCondition("regardingobjectid", ConditionOperator.Equal, accountId);
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 1);
        query.Criteria.AddCondition("actualend", ConditionOperator.NotNull);
        query.AddOrder("actualend", OrderType.Descending);
        return systemService.RetrieveMultiple(query).Entities.FirstOrDefault()?.GetAttributeValue<DateTime?>("actualend");
    }

    /// <summary>R17's flags for <paramref name="state"/> at <paramref name="asOfDate"/>, given the last completed activity.</summary>
    public static ReviewFlags Flags(TierPolicy policy, StoredTierState state, DateTime? lastCompletedActivity, DateTime asOfDate) =>
        ReviewFlags.For(policy, state, lastCompletedActivity is DateTime last ? policy.TimeZone.DateOf(last) : null, asOfDate);

    /// <summary>
    /// The instant to store in <c>ctier_nextcontactdue</c> (the start of <paramref name="nextContactDue"/>,
    /// a date in the policy zone), or null when <paramref name="storedInstant"/> already names that day.
    /// The caller writes it with the tier columns, as SYSTEM, in the same Update.
    /// </summary>
    public static DateTime? Change(TierPolicy policy, DateTime? storedInstant, DateTime nextContactDue)
    {
        var zone = policy.TimeZone;
        return storedInstant is DateTime stored && zone.DateOf(stored) == nextContactDue.Date
            ? null
            : zone.StartOfDayUtc(nextContactDue.Date);
    }
}
