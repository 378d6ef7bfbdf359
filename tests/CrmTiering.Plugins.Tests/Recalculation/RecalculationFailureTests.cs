using System;
using CrmTiering.Core.Choices;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Recalculation;
using CrmTiering.Plugins.Registration;
using CrmTiering.Plugins.Tests.Foundation;
using CrmTiering.Plugins.Tests.Recalculation;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Plugins.Tests.Recalculation;

/// <summary>
/// Whatever kind of exception stops one account's recalculation, that account is
/// marked Failed, the other account of the event is still recalculated, and the job fails visibly.
/// </summary>
public sealed class RecalculationFailureTests
{
    [Fact]
    public void An_unexpected_failure_marks_the_account_and_the_other_account_of_the_event_is_still_recalculated()
    {
        // Given an invoice moved from one account to another, and the old account's won-revenue query failing unexpectedly
        var org = new TieringOrganization();
        var before = org.AddAccount("Before");
        var after = org.AddAccount("After");
        org.Org.Seed(TieringOrganization.PaidInvoice(after, 150_000m, TieringOrganization.Start.AddDays(-1)));
        var context = new StubExecutionContext
        {
            MessageName = "Update",
            PrimaryEntityName = InvoiceColumns.Table,
            Mode = 1,
            IsInTransaction = false,
            OperationCreatedOn = TieringOrganization.Start,
        };
        context.PreEntityImages[StepImageNames.PreImage] = new Entity(InvoiceColumns.Table) { [InvoiceColumns.Customer] = new EntityReference(AccountColumns.Table, before) };
        context.PostEntityImages[StepImageNames.PostImage] = new Entity(InvoiceColumns.Table) { [InvoiceColumns.Customer] = new EntityReference(AccountColumns.Table, after) };
        var services = new StubServiceProvider()
            .With<IPluginExecutionContext>(context)
            .With<ITracingService>(new RecordingTracingService())
            .With<IOrganizationServiceFactory>(new FailingQueriesFactory(org.Org.SystemService, before));

        // When the recalculation runs
        var thrown = Assert.Throws<InvalidPluginExecutionException>(() => new RecalculateAccountTier().Execute(services));

        // Then the old account says it failed and why, the new one is tiered, and the job fails with the cause
        var failed = org.Account(before);
        Assert.Equal((int)CalculationStatus.Failed, failed.GetAttributeValue<OptionSetValue>(AccountColumns.CalculationStatus)?.Value);
        Assert.Equal(FailingQueriesFactory.Message, failed.GetAttributeValue<string>(AccountColumns.CalculationError));
        Assert.Equal(512000001, org.TierOf(after));
        Assert.Contains(FailingQueriesFactory.Message, thrown.Message, StringComparison.Ordinal);
    }

    /// <summary>SYSTEM's service, except that opportunity queries naming one account throw a non-platform exception.</summary>
    private sealed class FailingQueriesFactory : IOrganizationServiceFactory
    {
        public const string Message = "The connection was reset.";

        private readonly IOrganizationService _inner;
        private readonly Guid _account;

        public FailingQueriesFactory(IOrganizationService inner, Guid account)
        {
            _inner = inner;
            _account = account;
        }

        public IOrganizationService CreateOrganizationService(Guid? userId) => new Service(_inner, _account);

        private sealed class Service : DelegatingOrganizationService
        {
            private readonly Guid _account;

            public Service(IOrganizationService inner, Guid account)
                : base(inner) => _account = account;

            public override EntityCollection RetrieveMultiple(QueryBase query) =>
                query is FetchExpression fetch && fetch.Query.Contains("\"opportunity\"", StringComparison.Ordinal) && fetch.Query.Contains(_account.ToString("D"), StringComparison.Ordinal)
                    ? throw new TimeoutException(Message)
                    : Inner.RetrieveMultiple(query);
        }
    }
}
