using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;

namespace CrmTiering.Core.Tests.Revenue;

public sealed class RevenueAccumulatorTests
{
    private static readonly System.DateTime AsOf = Given.Date(2024, 6, 30);

    private static RevenueAccumulator Accumulator(CrmTiering.Core.Policy.TierPolicy? policy = null)
    {
        policy ??= Given.Policy();
        return new RevenueAccumulator(policy, EvaluationWindow.OnDate(policy, AsOf));
    }

    [Fact]
    public void Won_opportunities_count_by_close_date_inside_the_window()
    {
        var revenue = Accumulator();

        Assert.True(revenue.Add(new OpportunityRecord { State = OpportunityState.Won, ActualValue = 100m, ActualCloseDate = Given.Date(2023, 7, 1) }));
        Assert.False(revenue.Add(new OpportunityRecord { State = OpportunityState.Won, ActualValue = 1000m, ActualCloseDate = Given.Date(2023, 6, 30) }));
        Assert.False(revenue.Add(new OpportunityRecord { State = OpportunityState.Won, ActualValue = 1000m, ActualCloseDate = Given.Date(2024, 7, 1) }));
        Assert.False(revenue.Add(new OpportunityRecord { State = OpportunityState.Won, ActualValue = 1000m }));
        Assert.False(revenue.Add(new OpportunityRecord { State = OpportunityState.Lost, ActualValue = 1000m, ActualCloseDate = Given.Date(2024, 1, 1) }));

        Assert.Equal(100m, revenue.ToFacts().Won);
        Assert.Equal(Given.Date(2023, 7, 1), revenue.ToFacts().OldestCountedDate);
    }

    [Fact]
    public void Only_paid_invoices_count_whatever_else_they_are()
    {
        var revenue = Accumulator();
        foreach (var state in new[] { InvoiceState.Active, InvoiceState.Closed, InvoiceState.Canceled, InvoiceState.Paid })
        {
            revenue.Add(new InvoiceRecord { State = state, TotalAmount = 10m, DeliveredOn = Given.Date(2024, 1, 1) });
        }

        Assert.Equal(10m, revenue.ToFacts().Paid);
    }

    [Fact]
    public void Invoices_are_dated_by_delivery_else_creation()
    {
        var revenue = Accumulator();

        Assert.False(revenue.Add(new InvoiceRecord { State = InvoiceState.Paid, TotalAmount = 1m, DeliveredOn = Given.Date(2022, 1, 1), CreatedOn = Given.Date(2024, 1, 1) }));
        Assert.True(revenue.Add(new InvoiceRecord { State = InvoiceState.Paid, TotalAmount = 2m, CreatedOn = Given.Date(2024, 1, 1) }));
        Assert.False(revenue.Add(new InvoiceRecord { State = InvoiceState.Paid, TotalAmount = 4m }));

        Assert.Equal(2m, revenue.ToFacts().Paid);
    }

    [Fact]
    public void Net_policy_counts_the_amount_less_freight()
    {
        var revenue = Accumulator(Given.Policy("\"invoiceAmount\":\"Total\"", "\"invoiceAmount\":\"Net\""));

        revenue.Add(new InvoiceRecord { State = InvoiceState.Paid, TotalAmount = 110m, TotalAmountLessFreight = 100m, CreatedOn = Given.Date(2024, 1, 1) });

        Assert.Equal(100m, revenue.ToFacts().Paid);
    }

    [Fact]
    public void Missing_amounts_count_as_zero_and_credit_notes_count_as_they_are()
    {
        var revenue = Accumulator();

        revenue.Add(new OpportunityRecord { State = OpportunityState.Won, ActualCloseDate = Given.Date(2024, 1, 1) });
        revenue.Add(new OpportunityRecord { State = OpportunityState.Won, ActualValue = 500m, ActualCloseDate = Given.Date(2024, 1, 2) });
        revenue.Add(new InvoiceRecord { State = InvoiceState.Paid, TotalAmount = 300m, CreatedOn = Given.Date(2024, 1, 1) });
        revenue.Add(new InvoiceRecord { State = InvoiceState.Paid, TotalAmount = -120.5m, CreatedOn = Given.Date(2024, 1, 2) });
        revenue.Add(new InvoiceRecord { State = InvoiceState.Paid, CreatedOn = Given.Date(2024, 1, 3) });

        Assert.Equal(500m, revenue.ToFacts().Won);
        Assert.Equal(179.5m, revenue.ToFacts().Paid);
    }

    [Fact]
    public void Open_pipeline_counts_up_to_the_horizon_weighted_by_probability()
    {
        var revenue = Accumulator();

        revenue.Add(new OpportunityRecord { State = OpportunityState.Open, EstimatedValue = 1000m, CloseProbability = 50, EstimatedCloseDate = Given.Date(2025, 6, 30) });
        revenue.Add(new OpportunityRecord { State = OpportunityState.Open, EstimatedValue = 1000m, CloseProbability = 50, EstimatedCloseDate = Given.Date(2025, 7, 1) });
        revenue.Add(new OpportunityRecord { State = OpportunityState.Open, EstimatedValue = 200m, CloseProbability = 25, EstimatedCloseDate = Given.Date(2019, 1, 1) });
        revenue.Add(new OpportunityRecord { State = OpportunityState.Open, EstimatedValue = 999m, EstimatedCloseDate = Given.Date(2024, 9, 1) });
        revenue.Add(new OpportunityRecord { State = OpportunityState.Open, EstimatedValue = 999m, CloseProbability = 90 });

        var facts = revenue.ToFacts();
        Assert.Equal(550m, facts.WeightedPipeline);
        Assert.Null(facts.OldestCountedDate);
    }

    [Fact]
    public void Records_give_the_same_facts_as_aggregates()
    {
        var revenue = Accumulator();
        revenue.Add(new OpportunityRecord { State = OpportunityState.Won, ActualValue = 10m, ActualCloseDate = Given.Date(2024, 1, 1) });
        revenue.Add(new OpportunityRecord { State = OpportunityState.Open, EstimatedValue = 40m, CloseProbability = 20, EstimatedCloseDate = Given.Date(2024, 8, 1) });
        revenue.Add(new OpportunityRecord { State = OpportunityState.Open, EstimatedValue = 60m, CloseProbability = 20, EstimatedCloseDate = Given.Date(2024, 9, 1) });

        var aggregated = RevenueFacts.FromAggregates(10m, null, new[] { new PipelineBucket(20, 100m) }, Given.Date(2024, 1, 1));
        var streamed = revenue.ToFacts();

        Assert.Equal((aggregated.Won, aggregated.Paid, aggregated.WeightedPipeline, aggregated.OldestCountedDate), (streamed.Won, streamed.Paid, streamed.WeightedPipeline, streamed.OldestCountedDate));
    }

    [Fact]
    public void Replay_accumulator_keeps_one_total_per_as_of_date()
    {
        var policy = Given.Policy();
        var replay = new ReplayRevenueAccumulator(policy, new[] { EvaluationWindow.OnDate(policy, Given.Date(2023, 12, 31)), EvaluationWindow.OnDate(policy, AsOf) });

        replay.Add(new OpportunityRecord { State = OpportunityState.Won, ActualValue = 7m, ActualCloseDate = Given.Date(2024, 3, 1) });
        replay.Add(new InvoiceRecord { State = InvoiceState.Paid, TotalAmount = 3m, CreatedOn = Given.Date(2023, 3, 1) });

        Assert.Equal((0m, 3m), (replay.FactsAt(0).Won, replay.FactsAt(0).Paid));
        Assert.Equal((7m, 0m), (replay.FactsAt(1).Won, replay.FactsAt(1).Paid));
    }

    [Fact]
    public void User_local_dates_are_taken_in_the_policy_time_zone()
    {
        var berlin = Given.Policy("\"timeZone\":\"UTC\"", "\"timeZone\":\"W. Europe Standard Time\"");
        var window = EvaluationWindow.OnDate(berlin, AsOf);
        var revenue = new RevenueAccumulator(berlin, window);
        var justAfterStart = new System.DateTime(2023, 6, 30, 22, 30, 0, System.DateTimeKind.Utc);
        var justBeforeStartEnds = new System.DateTime(2023, 6, 30, 21, 30, 0, System.DateTimeKind.Utc);

        Assert.True(revenue.Add(new InvoiceRecord { State = InvoiceState.Paid, TotalAmount = 1m, CreatedOn = window.DateOf(justAfterStart) }));
        Assert.False(revenue.Add(new InvoiceRecord { State = InvoiceState.Paid, TotalAmount = 2m, CreatedOn = window.DateOf(justBeforeStartEnds) }));
        Assert.True(justAfterStart >= window.UserLocalFromUtc && justBeforeStartEnds < window.UserLocalFromUtc);
    }

    [Theory]
    [InlineData("parent", "customer", true, "parent")]
    [InlineData(null, "customer", true, "customer")]
    [InlineData(" ", "customer", true, "customer")]
    [InlineData(null, "contact", false, null)]
    public void Opportunity_belongs_to_the_parent_account_else_an_account_customer(string? parent, string? customer, bool customerIsAccount, string? expected) =>
        Assert.Equal(expected, RecordOwner.OfOpportunity(parent, customer, customerIsAccount));
}
