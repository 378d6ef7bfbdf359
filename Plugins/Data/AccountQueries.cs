using System;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Data;

/// <summary>One account's own queries: its revenue aggregates (<see cref="AccountRevenueReader"/>) and its latest completed activity.</summary>
public sealed class AccountQueries : IAccountReadings
{
    private readonly IOrganizationService _systemService;
    private readonly TierPolicy _policy;
    private readonly bool _inTransaction;
    private readonly Action<string> _trace;

    public AccountQueries(IOrganizationService systemService, TierPolicy policy, bool inTransaction, Action<string> trace)
    {
        _systemService = systemService;
        _policy = policy;
        _inTransaction = inTransaction;
        _trace = trace;
    }

    public RevenueFacts Revenue(EvaluationWindow window, Guid accountId) =>
        AccountRevenueReader.Read(_systemService, _policy, window, accountId, _inTransaction, _trace);

    public DateTime? LastCompletedActivity(Guid accountId) => ContactSchedule.LastCompletedActivity(_systemService, accountId);
}
