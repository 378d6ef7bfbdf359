using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator;
using CrmTiering.Emulator.Calls;
using CrmTiering.Emulator.Pipeline;
using CrmTiering.Emulator.Security;
using CrmTiering.Plugins.Data;
using CrmTiering.Plugins.Recalculation;
using CrmTiering.Solution.Emulation;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tests.Recalculation;

/// <summary>
/// An emulated organisation with the solution installed as it ships (<see cref="InstalledSolution"/>:
/// TieringSteps.Shipped, the Custom API, the processes, the shipped policy default, an optional current
/// policy value), and builders for accounts, opportunities and invoices with valid
/// defaults. Users act through their own services, as a rep would (the rep holds the Salesperson role).
/// </summary>
public sealed class TieringOrganization
{
    public static readonly DateTime Start = new(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    public TieringOrganization(string? currentPolicyJson = null, PipelineOptions? pipelineOptions = null, Func<Guid>? newId = null)
    {
        Clock = new ManualClock(Start);
        Org = new EmulatedOrganization(new EmulatorOptions { Clock = Clock, NewId = newId });
        Solution = InstalledSolution.Install(Org, new InstallOptions { Pipeline = pipelineOptions });
        if (currentPolicyJson is not null)
        {
            Solution.SetPolicy(currentPolicyJson);
        }

        Rep = Org.AddUser("Rep", roles: new[] { StandardRoles.Salesperson });
        User = Org.ServiceFor(Rep);
    }

    /// <summary>The solution as the zip ships it: steps, Custom API, processes, columns, roles, policy variable.</summary>
    public InstalledSolution Solution { get; }

    public ManualClock Clock { get; }

    public EmulatedOrganization Org { get; }

    public EventPipeline Pipeline => Solution.Pipeline;

    public Guid Rep { get; }

    /// <summary>The rep's service: what a user's client calls go through.</summary>
    public IOrganizationService User { get; }

    public static string RecalculationOrigin => typeof(RecalculateAccountTier).FullName!;

    public static string HistoryOrigin => typeof(RecordTierChange).FullName!;

    public Guid AddAccount(string name = "Contoso", Guid? currency = null, DateTime? createdOn = null)
    {
        var account = new Entity(AccountColumns.Table) { [AccountColumns.Name] = name, [AccountColumns.CreatedOn] = createdOn ?? Start.AddYears(-3) };
        if (currency is { } id)
        {
            account[AccountColumns.Currency] = new EntityReference("transactioncurrency", id);
        }

        return Org.Seed(account);
    }

    public Guid AddContact(string name = "Pat") => Org.Seed(new Entity("contact") { ["fullname"] = name });

    /// <summary>A won opportunity stored directly (no event): history that exists before the test acts.</summary>
    public static Entity WonOpportunity(Guid account, decimal value, DateTime closedOn, Guid? currency = null)
    {
        var opportunity = new Entity(OpportunityColumns.Table)
        {
            [OpportunityColumns.ParentAccount] = new EntityReference(AccountColumns.Table, account),
            [OpportunityColumns.ActualValue] = new Money(value),
            [OpportunityColumns.ActualCloseDate] = closedOn.Date,
            [OpportunityColumns.State] = new OptionSetValue(1),
        };
        if (currency is { } id)
        {
            opportunity[OpportunityColumns.Currency] = new EntityReference("transactioncurrency", id);
        }

        return opportunity;
    }

    /// <summary>A paid invoice stored directly, dated by delivery.</summary>
    public static Entity PaidInvoice(Guid account, decimal amount, DateTime deliveredOn) => new(InvoiceColumns.Table)
    {
        [InvoiceColumns.Customer] = new EntityReference(AccountColumns.Table, account),
        [InvoiceColumns.TotalAmount] = new Money(amount),
        [InvoiceColumns.TotalAmountLessFreight] = new Money(amount),
        [InvoiceColumns.DateDelivered] = deliveredOn,
        [InvoiceColumns.State] = new OptionSetValue(2),
    };

    /// <summary>The rep creates an open opportunity on the account.</summary>
    public Guid CreateOpenOpportunity(Guid account, decimal estimatedValue, string customerTable = AccountColumns.Table, bool asParent = true) =>
        User.Create(new Entity(OpportunityColumns.Table)
        {
            [asParent ? OpportunityColumns.ParentAccount : OpportunityColumns.Customer] = new EntityReference(customerTable, account),
            [OpportunityColumns.EstimatedValue] = new Money(estimatedValue),
            [OpportunityColumns.CloseProbability] = 50,
            [OpportunityColumns.EstimatedCloseDate] = Clock.UtcNow.Date.AddMonths(1),
        });

    /// <summary>The rep wins an opportunity (Win message) for an actual value, closing today.</summary>
    public void Win(Guid opportunity, decimal actualValue, IOrganizationService? service = null) =>
        Close("WinOpportunity", opportunity, actualValue, service);

    public void Lose(Guid opportunity) => Close("LoseOpportunity", opportunity, null, null);

    /// <summary>The rep creates a paid invoice for the account, delivered now.</summary>
    public Guid CreatePaidInvoice(Guid account, decimal? amount, string customerTable = AccountColumns.Table, DateTime? deliveredOn = null)
    {
        var invoice = new Entity(InvoiceColumns.Table)
        {
            [InvoiceColumns.Customer] = new EntityReference(customerTable, account),
            [InvoiceColumns.DateDelivered] = deliveredOn ?? Clock.UtcNow,
            [InvoiceColumns.State] = new OptionSetValue(2),
        };
        if (amount is { } value)
        {
            invoice[InvoiceColumns.TotalAmount] = new Money(value);
            invoice[InvoiceColumns.TotalAmountLessFreight] = new Money(value);
        }

        return User.Create(invoice);
    }

    /// <summary>Runs the queued asynchronous jobs; fails the test if one failed unless told otherwise.</summary>
    public int Drain(DrainOrder? order = null, bool failuresExpected = false)
    {
        var failedBefore = Pipeline.FailedJobs.Count;
        var runs = Pipeline.DrainAsyncQueue(order);
        if (!failuresExpected)
        {
            Assert.Empty(Pipeline.FailedJobs.Skip(failedBefore).Select(j => $"{j}: {j.Error}"));
        }

        return runs;
    }

    public Entity Account(Guid id) => Org.Peek(AccountColumns.Table, id) ?? throw new InvalidOperationException($"No account {id}.");

    public int? TierOf(Guid account) => Account(account).GetAttributeValue<OptionSetValue>(AccountColumns.Tier)?.Value;

    public decimal? Base(Guid account, string moneyColumn) => Account(account).GetAttributeValue<Money>(AccountColumns.Base(moneyColumn))?.Value;

    /// <summary>The tier-change rows of an account, oldest first.</summary>
    public IReadOnlyList<Entity> History(Guid account) =>
        Org.SystemService.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(TierChangeColumns.Table)
            {
                ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet(
                    TierChangeColumns.FromTier, TierChangeColumns.ToTier, TierChangeColumns.Movement, TierChangeColumns.Source,
                    TierChangeColumns.EffectiveRevenue, TierChangeColumns.CalculatedOn, TierChangeColumns.Reason, TierChangeColumns.Name,
                    TierChangeColumns.InitiatedBy, "createdon"),
                Criteria = { Conditions = { new Microsoft.Xrm.Sdk.Query.ConditionExpression(TierChangeColumns.Account, Microsoft.Xrm.Sdk.Query.ConditionOperator.Equal, account) } },
                Orders = { new Microsoft.Xrm.Sdk.Query.OrderExpression("createdon", Microsoft.Xrm.Sdk.Query.OrderType.Ascending) },
            })
            .Entities.ToList();

    /// <summary>The calls a plug-in made since the mark.</summary>
    public IReadOnlyList<CallRecord> CallsBy(string origin, CallMark mark) => Org.Calls.Since(mark).Where(c => c.Origin == origin).ToList();

    /// <summary>The SDK request names (WinOpportunityRequest, LoseOpportunityRequest) of the Win and Lose messages.</summary>
    private void Close(string message, Guid opportunity, decimal? actualValue, IOrganizationService? service)
    {
        var close = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference(OpportunityColumns.Table, opportunity) };
        if (actualValue is { } value)
        {
            close["actualrevenue"] = new Money(value);
        }

        var request = new OrganizationRequest(message);
        request.Parameters["OpportunityClose"] = close;
        request.Parameters["Status"] = new OptionSetValue(-1);
        (service ?? User).Execute(request);
    }
}
