using System;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Tests.CustomApi;
using CrmTiering.Plugins.Tests.Recalculation;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tests.Data;

/// <summary>R17: the recalculation sweep keeps ctier_nextcontactdue current, like the review.</summary>
public sealed class SweepContactDueTests
{
    [Fact]
    public void The_All_sweep_stores_the_next_contact_due_from_the_last_completed_activity()
    {
        // Given a Tier 1 account last called on 20 February 2025
        var org = new TieringOrganization();
        var sweep = new TierSweep(org);
        var account = org.AddAccount();
        org.Org.Seed(TieringOrganization.WonOpportunity(account, 600_000m, new DateTime(2025, 2, 1)));
        org.Org.Seed(new Entity("task")
        {
            ["subject"] = "Call",
            ["regardingobjectid"] = new EntityReference(AccountColumns.Table, account),
            ["statecode"] = new OptionSetValue(1),
            ["statuscode"] = new OptionSetValue(5),
            ["actualend"] = new DateTime(2025, 2, 20, 15, 0, 0, DateTimeKind.Utc),
        });

        // When the sweep runs
        sweep.Call("All");

        // Then contact is next due 30 days later (Tier 1's cadence)
        Assert.Equal(512000000, org.TierOf(account));
        Assert.Equal(new DateTime(2025, 3, 22), org.Account(account).GetAttributeValue<DateTime?>(AccountColumns.NextContactDue));
    }
}
