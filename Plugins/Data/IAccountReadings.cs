using System;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;

namespace CrmTiering.Plugins.Data;

/// <summary>
/// Where a recalculation gets what it reads besides the account row: the revenue in a window and the last
/// completed activity (R17). One account's own queries (<see cref="AccountQueries"/>), or a page's grouped
/// aggregates read once for all its accounts (<see cref="PageReadings"/>); the evaluation and the write are
/// the same either way.
/// </summary>
public interface IAccountReadings
{
    RevenueFacts Revenue(EvaluationWindow window, Guid accountId);

    DateTime? LastCompletedActivity(Guid accountId);
}
