using System;
using BenchmarkDotNet.Attributes;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;

namespace CrmTiering.Bench;

/// <summary>
/// Evaluating one account: from aggregate sums (the plugins' path), from streamed records (the
/// CLI's path) and parsing the policy (done once per plugin execution).
/// </summary>
[Config(typeof(InProcessShortRunConfig))]
[MemoryDiagnoser]
public class CoreEvaluationBenchmark
{
    private static readonly DateTime AsOf = new DateTime(2024, 6, 30, 9, 0, 0, DateTimeKind.Utc);

    private TierPolicy _policy = TierPolicy.Default;
    private EvaluationWindow _window = EvaluationWindow.At(TierPolicy.Default, AsOf);
    private AccountFacts _account = new AccountFacts();
    private StoredTierState _previous = StoredTierState.Empty;
    private RevenueFacts _aggregates = RevenueFacts.None;
    private OpportunityRecord[] _opportunities = Array.Empty<OpportunityRecord>();
    private InvoiceRecord[] _invoices = Array.Empty<InvoiceRecord>();

    [Params(100)]
    public int RecordsPerAccount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _policy = TierPolicy.Parse(DefaultTierPolicy.Json.Replace("\"timeZone\":\"UTC\"", "\"timeZone\":\"W. Europe Standard Time\""));
        _window = EvaluationWindow.At(_policy, AsOf);
        _account = new AccountFacts
        {
            AccountId = "acc-1",
            Name = "Contoso",
            CreatedOn = new DateTime(2019, 3, 1),
            ValueFactors = new ValueFactorScores { Referrals = 7, Growth = 9 },
            EffortToManage = 4,
            ClientRevenue = 25000000m,
        };
        _aggregates = RevenueFacts.FromAggregates(512345.67m, 498000m, new[] { new PipelineBucket(50, 80000m) }, new DateTime(2023, 7, 14));
        var random = new Random(42);
        _opportunities = new OpportunityRecord[RecordsPerAccount];
        _invoices = new InvoiceRecord[RecordsPerAccount];
        for (var i = 0; i < RecordsPerAccount; i++)
        {
            var date = new DateTime(2024, 6, 30).AddDays(-random.Next(0, 700));
            _opportunities[i] = new OpportunityRecord { State = (OpportunityState)random.Next(0, 3), ActualValue = random.Next(1000, 20000), ActualCloseDate = date, EstimatedValue = 5000m, CloseProbability = 40, EstimatedCloseDate = date.AddDays(200) };
            _invoices[i] = new InvoiceRecord { State = InvoiceState.Paid, TotalAmount = random.Next(1000, 20000), CreatedOn = date };
        }

        _previous = Evaluate(_aggregates).State;
    }

    [Benchmark(Baseline = true)]
    public TierEvaluation EvaluateFromAggregates() => Evaluate(_aggregates);

    [Benchmark]
    public TierEvaluation EvaluateFromRecords()
    {
        var revenue = new RevenueAccumulator(_policy, _window);
        foreach (var opportunity in _opportunities)
        {
            revenue.Add(opportunity);
        }

        foreach (var invoice in _invoices)
        {
            revenue.Add(invoice);
        }

        return Evaluate(revenue.ToFacts());
    }

    [Benchmark]
    public TierPolicy ParsePolicy() => TierPolicy.Parse(DefaultTierPolicy.Json);

    private TierEvaluation Evaluate(RevenueFacts revenue) =>
        TierEvaluator.Evaluate(new EvaluationRequest(_policy, _window, _account)
        {
            Revenue = revenue,
            Previous = _previous,
            Source = MovementSource.Plugin,
            CurrencyCode = "EUR",
        });
}
