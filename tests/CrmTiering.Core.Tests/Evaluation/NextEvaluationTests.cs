using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Revenue;

namespace CrmTiering.Core.Tests.Evaluation;

/// <summary>R18: the next evaluation is the earliest date time alone could change the result.</summary>
public sealed class NextEvaluationTests
{
    private static readonly System.DateTime AsOf = Given.Date(2024, 6, 30);

    [Fact]
    public void Without_time_bound_facts_the_next_review_is_next()
    {
        var result = Given.Evaluate(Given.Policy(), AsOf, 1000m);

        Assert.Equal(Given.Date(2024, 7, 1), result.NextEvaluationOn);
        Assert.Equal(result.NextEvaluationOn, result.State.NextEvaluationOn);
    }

    [Fact]
    public void The_oldest_counted_record_leaving_the_window_comes_first()
    {
        var facts = RevenueFacts.FromAggregates(600000m, 0m, null, Given.Date(2023, 7, 2));

        var result = TierEvaluator.Evaluate(Given.Request(Given.Policy("\"reviewEveryMonths\":3", "\"reviewEveryMonths\":12"), AsOf, facts));

        Assert.Equal(Given.Date(2024, 7, 2), result.NextEvaluationOn);
    }

    [Fact]
    public void The_end_of_the_young_period_counts()
    {
        var policy = Given.Policy("\"reviewEveryMonths\":3", "\"reviewEveryMonths\":12");
        var account = Given.Account(Given.Date(2024, 2, 29)) with { ExpectedAnnualRevenue = 200000m };

        var result = Given.Evaluate(policy, AsOf, 0m, account: account);

        Assert.Equal(Given.Date(2025, 1, 1), result.NextEvaluationOn);
        Assert.Equal(Given.Date(2025, 3, 1), CrmTiering.Core.Time.CalendarMonths.FirstDateWindowStartReaches(Given.Date(2024, 2, 29), 12));
    }

    [Fact]
    public void The_day_after_an_overrides_until_counts()
    {
        var account = Given.Account() with { Override = new TierOverride { Tier = Given.Tier1, Until = Given.Date(2024, 7, 10) } };
        var policy = Given.Policy("\"reviewEveryMonths\":3", "\"reviewEveryMonths\":12");

        Assert.Equal(Given.Date(2024, 7, 11), Given.Evaluate(policy, AsOf, 0m, account: account).NextEvaluationOn);
    }

    [Fact]
    public void Next_evaluation_instant_is_the_start_of_that_day_in_the_zone()
    {
        var policy = Given.Policy("\"timeZone\":\"UTC\"", "\"timeZone\":\"W. Europe Standard Time\"");

        var result = Given.Evaluate(policy, AsOf, 1000m);

        Assert.Equal(new System.DateTime(2024, 6, 30, 22, 0, 0, System.DateTimeKind.Utc), result.NextEvaluationOnUtc);
    }
}
