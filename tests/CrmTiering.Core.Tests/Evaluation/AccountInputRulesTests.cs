using CrmTiering.Core.Evaluation;

namespace CrmTiering.Core.Tests.Evaluation;

public sealed class AccountInputRulesTests
{
    [Fact]
    public void Values_outside_0_to_10_are_named_one_message_each()
    {
        var problems = AccountInputRules.Problems(new ValueFactorScores { Seo = 11, Logo = 10, Growth = -1 }, 12);

        Assert.Equal(new[]
        {
            string.Format(AccountInputRules.OutOfRange, "ctier_seovalue", 11),
            string.Format(AccountInputRules.OutOfRange, "ctier_growthpotential", -1),
            string.Format(AccountInputRules.OutOfRange, "ctier_efforttomanage", 12),
        }, problems);
    }

    [Fact]
    public void Empty_and_in_range_values_are_fine() =>
        Assert.Empty(AccountInputRules.Problems(new ValueFactorScores { Referrals = 0, StrategicFit = 10 }, null));
}
