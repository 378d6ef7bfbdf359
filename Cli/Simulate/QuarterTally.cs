using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Cli.Report;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Policy;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Cli.Simulate;

/// <summary>
/// Reads a quarter's outcome back from the organisation, as a report would: each account's stored
/// tier columns, the tier-change rows and the tasks created since the previous tally. Feeds the
/// same numbers to the HTML report's builder.
/// </summary>
public sealed class QuarterTally
{
    private readonly SimulatedOrganization _org;
    private readonly TierPolicy _policy;
    private readonly TierReportBuilder _report;
    private DateTime _since = DateTime.MinValue;

    public QuarterTally(SimulatedOrganization org, TierPolicy policy, TierReportBuilder report)
    {
        _org = org;
        _policy = policy;
        _report = report;
    }

    public QuarterResult Take(int index, string label, DateTime first, DateTime last, IEnumerable<AccountProfile> accounts, EventCalls calls, int failedJobs)
    {
        var now = _org.Organization.UtcNow;
        var tiers = new int[_policy.Tiers.Count];
        foreach (var account in accounts.Where(a => a.Id != Guid.Empty))
        {
            var row = _org.Organization.Peek(AccountColumns.Table, account.Id);
            if (row is null) continue;
            var tier = _policy.FindTier(row.GetAttributeValue<OptionSetValue>(AccountColumns.Tier)?.Value);
            if (tier is null) continue;
            tiers[tier.Position - 1]++;
            _report.CountAccount(index, new AccountSnapshot(
                account.Id.ToString(),
                account.Name,
                tier,
                _policy.FindTier(row.GetAttributeValue<OptionSetValue>(AccountColumns.HighestTier)?.Value),
                row.GetAttributeValue<bool>(AccountColumns.BelowPeak),
                (Quadrant)(row.GetAttributeValue<OptionSetValue>(AccountColumns.Quadrant)?.Value ?? (int)Quadrant.Minimise),
                row.GetAttributeValue<Money>(AccountColumns.EffectiveRevenue)?.Value ?? 0m));
        }

        int promotions = 0, surges = 0, demotions = 0, slips = 0;
        foreach (var change in CreatedSince(TierChangeColumns.Table, TierChangeColumns.Movement, now))
        {
            var movement = (TierMovement)(change.GetAttributeValue<OptionSetValue>(TierChangeColumns.Movement)?.Value ?? 0);
            _report.CountMovement(index, movement);
            switch (movement)
            {
                case TierMovement.Promotion: promotions++; break;
                case TierMovement.Surge: surges++; break;
                case TierMovement.Demotion: demotions++; break;
                case TierMovement.Tier1Slip: slips++; break;
            }
        }

        var owners = new Dictionary<Guid, int>();
        foreach (var task in CreatedSince("task", "ownerid", now))
        {
            _report.CountTask(index);
            var owner = task.GetAttributeValue<EntityReference>("ownerid")?.Id ?? Guid.Empty;
            owners[owner] = owners.TryGetValue(owner, out var count) ? count + 1 : 1;
        }
        _since = now;
        var tasks = owners
            .Select(pair => new TaskOwnerCount(_org.People.Find(pair.Key), pair.Value))
            .OrderByDescending(t => t.Tasks)
            .ThenBy(t => t.Owner.Name, StringComparer.Ordinal)
            .ToArray();
        return new QuarterResult(label, first, last, tiers, new MovementCounts(promotions, surges, demotions, slips), tasks, calls, failedJobs);
    }

    /// <summary>Rows of a table created after the previous tally and up to now, every page.</summary>
    private IEnumerable<Entity> CreatedSince(string table, string column, DateTime now)
    {
        var query = new QueryExpression(table)
        {
            ColumnSet = new ColumnSet(column),
            Criteria =
            {
                Conditions =
                {
                    new ConditionExpression("createdon", ConditionOperator.GreaterThan, _since),
                    new ConditionExpression("createdon", ConditionOperator.LessEqual, now),
                },
            },
            PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 },
        };
        while (true)
        {
            var page = _org.Organization.SystemService.RetrieveMultiple(query);
            foreach (var row in page.Entities) yield return row;
            if (!page.MoreRecords) yield break;
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
