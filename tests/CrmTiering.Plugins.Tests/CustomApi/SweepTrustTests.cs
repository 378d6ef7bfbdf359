using System;
using System.Linq;
using System.ServiceModel;
using CrmTiering.Emulator.Security;
using CrmTiering.Plugins.CustomApi;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Tests.AccountInputs;
using CrmTiering.Plugins.Tests.Protection;
using CrmTiering.Plugins.Tests.Recalculation;
using Microsoft.Xrm.Sdk;
using EmulatorFaults = CrmTiering.Emulator.Faults.PlatformErrorCodes;

namespace CrmTiering.Plugins.Tests.CustomApi;

/// <summary>
/// Who may run ctier_RecalculateTiers (its execute privilege, from the shipped customapi.xml), and how
/// it survives its own transaction: an account too large to sum inside it is queued for the background,
/// never failed, and no call the API makes ever fails.
/// </summary>
public sealed class SweepTrustTests
{
    [Fact]
    public void A_rep_who_calls_the_sweep_gets_the_privilege_fault_and_nothing_is_recalculated()
    {
        var org = new TieringOrganization();
        var sweep = new TierSweep(org);
        var account = org.AddAccount();
        org.Org.Seed(TieringOrganization.WonOpportunity(account, 600_000m, TieringOrganization.Start.AddDays(-5)));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => sweep.Call("All", service: org.User));

        Assert.Equal(EmulatorFaults.PrivilegeDenied, fault.Detail.ErrorCode);
        Assert.Null(org.TierOf(account));
    }

    [Fact]
    public void A_Tiering_Administrator_may_run_the_sweep()
    {
        var org = new TieringOrganization();
        var sweep = new TierSweep(org);
        var account = org.AddAccount();
        org.Org.Seed(TieringOrganization.WonOpportunity(account, 600_000m, TieringOrganization.Start.AddDays(-5)));
        var admin = org.Org.AddUser("Tiering admin", roles: new[] { StandardRoles.Salesperson, org.Solution.Role("Tiering Administrator") });

        var results = sweep.Call("All", service: org.Org.ServiceFor(admin));

        Assert.Equal(1, results[RecalculateTiersApi.Processed]);
        Assert.Equal(StoredTier.Tier1, org.TierOf(account));
    }

    [Fact]
    public void An_account_too_large_for_the_transaction_is_queued_and_recalculated_in_the_background()
    {
        // Given one small account and one with more won deals in the window than a probe can prove small
        var org = new TieringOrganization();
        var sweep = new TierSweep(org);
        var small = org.AddAccount("Small");
        org.Org.Seed(TieringOrganization.WonOpportunity(small, 150_000m, TieringOrganization.Start.AddDays(-5)));
        var large = org.AddAccount("Large");
        org.Org.Seed(Enumerable.Range(0, RevenueQueries.ProbeRows).Select(i => TieringOrganization.WonOpportunity(large, 200m, TieringOrganization.Start.AddDays(-1 - (i % 300)))));
        var mark = org.Org.Calls.Mark();

        // When the sweep runs
        var results = sweep.Call("All");

        // Then the page succeeds, the large account is queued (not failed), and no call of the API failed
        Assert.Equal(2, results[RecalculateTiersApi.Processed]);
        Assert.Equal(1, results[RecalculateTiersApi.Queued]);
        Assert.Equal(0, results[RecalculateTiersApi.Failed]);
        Assert.DoesNotContain(org.CallsBy(TierSweep.Origin, mark), call => call.Failed);
        Assert.Equal(StoredTier.Tier2, org.TierOf(small));
        Assert.Null(org.TierOf(large));
        Assert.Equal(1, org.Org.CountRows(TierRecalculationColumns.Table));

        // And the background job recalculates it from data and removes the queued row
        org.Drain();
        Assert.Equal(StoredTier.Tier1, org.TierOf(large));
        Assert.Equal(1_000_000m, org.Base(large, AccountColumns.WonRevenue));
        Assert.Equal(0, org.Org.CountRows(TierRecalculationColumns.Table));
    }

    [Fact]
    public void A_review_of_an_account_too_large_for_the_users_transaction_saves_and_is_finished_in_the_background()
    {
        var org = new TieringOrganization();
        var large = org.AddAccount("Large");
        org.Org.Seed(Enumerable.Range(0, RevenueQueries.ProbeRows).Select(i => TieringOrganization.WonOpportunity(large, 200m, TieringOrganization.Start.AddDays(-1 - (i % 300)))));

        // The review's stamp: the synchronous recalculation runs in this save's transaction
        org.User.Update(new Entity(AccountColumns.Table, large)
        {
            [AccountColumns.RecalculationRequestedOn] = org.Org.UtcNow,
            [AccountColumns.LastReviewedOn] = org.Org.UtcNow,
        });

        Assert.NotNull(org.Account(large).GetAttributeValue<DateTime?>(AccountColumns.LastReviewedOn));
        Assert.Equal(1, org.Org.CountRows(TierRecalculationColumns.Table));
        org.Drain();
        Assert.Equal(StoredTier.Tier1, org.TierOf(large));
    }
}
