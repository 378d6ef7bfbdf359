using System;
using System.Linq;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Tests.Recalculation;

namespace CrmTiering.Plugins.Tests.Recalculation;

/// <summary>
/// The revenue aggregates: R1/R2 bounds in a zone that is not UTC (actualclosedate
/// as a date; datedelivered as the UTC instants of the zone's day bounds) and R6's pipeline query.
/// </summary>
public sealed class RevenueWindowTests
{
    private const string BerlinPolicy =
        "{\"timeZone\":\"W. Europe Standard Time\",\"tiers\":[{\"name\":\"Tier 1\",\"minRevenue\":500000},{\"name\":\"Tier 2\",\"minRevenue\":100000},{\"name\":\"Tier 3\",\"minRevenue\":0}]}";

    private const string PipelinePolicy =
        "{\"pipelineWeight\":0.5,\"tiers\":[{\"name\":\"Tier 1\",\"minRevenue\":500000},{\"name\":\"Tier 2\",\"minRevenue\":100000},{\"name\":\"Tier 3\",\"minRevenue\":0}]}";

    [Fact]
    public void Records_count_by_their_date_in_the_policy_zone_inside_the_window_bounds()
    {
        // Given as-of 2025-03-01 10:00 in Berlin (window (2024-03-01, 2025-03-01]) and records around both edges
        var org = new TieringOrganization(currentPolicyJson: BerlinPolicy);
        var account = org.AddAccount();
        org.Org.Seed(TieringOrganization.WonOpportunity(account, 1_000_000m, new DateTime(2024, 3, 1)));
        org.Org.Seed(TieringOrganization.WonOpportunity(account, 7m, new DateTime(2024, 3, 2)));
        org.Org.Seed(TieringOrganization.PaidInvoice(account, 1_000_000m, new DateTime(2024, 3, 1, 22, 30, 0, DateTimeKind.Utc)));
        org.Org.Seed(TieringOrganization.PaidInvoice(account, 100_000m, new DateTime(2024, 3, 1, 23, 30, 0, DateTimeKind.Utc)));
        org.Org.Seed(TieringOrganization.PaidInvoice(account, 20m, new DateTime(2025, 3, 1, 22, 59, 0, DateTimeKind.Utc)));
        org.Org.Seed(TieringOrganization.PaidInvoice(account, 1_000_000m, new DateTime(2025, 3, 1, 23, 0, 0, DateTimeKind.Utc)));

        // When a revenue event recalculates the account
        org.CreatePaidInvoice(account, 0m);
        org.Drain();

        // Then only the records dated after the start day and on or before D in Berlin count
        Assert.Equal(7m, org.Base(account, AccountColumns.WonRevenue));
        Assert.Equal(100_020m, org.Base(account, AccountColumns.PaidRevenue));
    }

    [Fact]
    public void A_positive_pipeline_weight_adds_the_weighted_open_pipeline_with_one_more_query()
    {
        // Given a paid invoice of 50 000 and an open deal of 300 000 at 50 %
        var org = new TieringOrganization(currentPolicyJson: PipelinePolicy);
        var account = org.AddAccount();
        org.CreateOpenOpportunity(account, 300_000m);
        org.Drain();
        var mark = org.Org.Calls.Mark();

        // When the invoice arrives
        org.CreatePaidInvoice(account, 50_000m);
        org.Drain();

        // Then effective = 50 000 + 0.5 × 150 000, and exactly one grouped pipeline query ran
        Assert.Equal(125_000m, org.Base(account, AccountColumns.EffectiveRevenue));
        Assert.Equal(512000001, org.TierOf(account));
        var calls = org.CallsBy(TieringOrganization.RecalculationOrigin, mark);
        // account, policy, won, paid and the grouped pipeline
        Assert.Equal(5, calls.Count(c => c.Message == "RetrieveMultiple"));
        Assert.DoesNotContain(calls, c => c.AllColumns);
    }
}
