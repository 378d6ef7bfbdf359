using System;
using System.Linq;
using CrmTiering.Core.Choices;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Recalculation;
using CrmTiering.Plugins.Registration;
using CrmTiering.Plugins.Tests.Foundation;
using CrmTiering.Plugins.Tiering;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Plugins.Tests.Recalculation;

/// <summary>
/// DESIGN "Concurrency": an asynchronous recalculation that loses the race for its account (another
/// writer between its read and its write: ConcurrencyVersionMismatch, "Optimistic concurrency") re-reads
/// and re-evaluates, a bounded number of times, then marks the account Failed and fails the job.
/// </summary>
public sealed class LostRaceTests
{
    [Fact]
    public void A_job_that_loses_the_race_once_reads_again_and_writes_the_fresh_result()
    {
        var org = new TieringOrganization();
        var account = org.AddAccount();
        org.Org.Seed(TieringOrganization.PaidInvoice(account, 150_000m, TieringOrganization.Start.AddDays(-1)));
        var factory = new RacingFactory(org.Org.SystemService, account, races: 1);

        new RecalculateAccountTier().Execute(Services(factory, account));

        Assert.Equal(512000001, org.TierOf(account));
        Assert.Equal("Raced 1", org.Account(account).GetAttributeValue<string>(AccountColumns.Name));
        Assert.Equal(2, factory.VersionedWrites);
    }

    [Fact]
    public void A_job_that_keeps_losing_stops_after_the_bounded_attempts_and_marks_the_account()
    {
        var org = new TieringOrganization();
        var account = org.AddAccount();
        org.Org.Seed(TieringOrganization.PaidInvoice(account, 150_000m, TieringOrganization.Start.AddDays(-1)));
        var factory = new RacingFactory(org.Org.SystemService, account, races: int.MaxValue);

        Assert.Throws<InvalidPluginExecutionException>(() => new RecalculateAccountTier().Execute(Services(factory, account)));

        var stored = org.Account(account);
        Assert.Null(stored.GetAttributeValue<OptionSetValue>(AccountColumns.Tier));
        Assert.Equal((int)CalculationStatus.Failed, stored.GetAttributeValue<OptionSetValue>(AccountColumns.CalculationStatus)?.Value);
        Assert.Equal(LostRaceRetry.MaxAttempts, factory.VersionedWrites);
    }

    private static StubServiceProvider Services(IOrganizationServiceFactory factory, Guid account)
    {
        var context = new StubExecutionContext
        {
            MessageName = "Create",
            PrimaryEntityName = InvoiceColumns.Table,
            Mode = 1,
            IsInTransaction = false,
            OperationCreatedOn = TieringOrganization.Start,
        };
        context.PostEntityImages[StepImageNames.PostImage] = new Entity(InvoiceColumns.Table) { [InvoiceColumns.Customer] = new EntityReference(AccountColumns.Table, account) };
        return new StubServiceProvider()
            .With<IPluginExecutionContext>(context)
            .With<ITracingService>(new RecordingTracingService())
            .With<IOrganizationServiceFactory>(factory);
    }

    /// <summary>SYSTEM's service; before each versioned write of the account, another writer renames it first (up to <c>races</c> times).</summary>
    private sealed class RacingFactory : IOrganizationServiceFactory
    {
        private readonly IOrganizationService _inner;
        private readonly Guid _account;
        private int _racesLeft;

        public RacingFactory(IOrganizationService inner, Guid account, int races)
        {
            _inner = inner;
            _account = account;
            _racesLeft = races;
        }

        public int VersionedWrites { get; private set; }

        public IOrganizationService CreateOrganizationService(Guid? userId) => new RacingService(this);

        private sealed class RacingService : DelegatingOrganizationService
        {
            private readonly RacingFactory _race;

            public RacingService(RacingFactory race)
                : base(race._inner) => _race = race;

            public override OrganizationResponse Execute(OrganizationRequest request)
            {
                if (request is UpdateRequest { ConcurrencyBehavior: ConcurrencyBehavior.IfRowVersionMatches } update && update.Target.Id == _race._account)
                {
                    _race.VersionedWrites++;
                    if (_race._racesLeft > 0)
                    {
                        _race._racesLeft--;
                        Inner.Update(new Entity(AccountColumns.Table, _race._account) { [AccountColumns.Name] = "Raced " + _race.VersionedWrites });
                    }
                }

                return Inner.Execute(request);
            }
        }
    }
}
