using CrmTiering.Core.Choices;
using CrmTiering.Core.Evaluation;

namespace CrmTiering.Core.Tests.Evaluation;

/// <summary>R15 quadrant and R16 share of wallet.</summary>
public sealed class QuadrantAndWalletTests
{
    private static readonly System.DateTime AsOf = Given.Date(2024, 6, 30);

    [Theory]
    [InlineData(600000, 5, Quadrant.Maximise)]
    [InlineData(150000, 6, Quadrant.Develop)]
    [InlineData(1000, 5, Quadrant.Minimise)]
    [InlineData(1000, 6, Quadrant.Eject)]
    [InlineData(1000, null, Quadrant.Minimise)]
    [InlineData(150000, null, Quadrant.Maximise)]
    public void Quadrant_crosses_importance_by_tier_with_effort(decimal revenue, int? effort, Quadrant expected)
    {
        var result = Given.Evaluate(Given.Policy(), AsOf, revenue, account: Given.Account() with { EffortToManage = effort });

        Assert.Equal(expected, result.Quadrant);
        Assert.Equal(expected, result.State.Quadrant);
    }

    [Fact]
    public void Importance_uses_the_tier_after_bump_and_override()
    {
        var account = Given.Account() with { Override = new TierOverride { Tier = Given.Tier2 } };

        Assert.Equal(Quadrant.Maximise, Given.Evaluate(Given.Policy(), AsOf, 1000m, account: account).Quadrant);
    }

    [Fact]
    public void Share_of_wallet_is_our_revenue_over_the_clients_revenue()
    {
        var result = Given.Evaluate(Given.Policy(), AsOf, 150000m, account: Given.Account() with { ClientRevenue = 12000000m });

        Assert.Equal(0.0125m, result.ShareOfWallet);
        Assert.Equal(0.0125m, result.State.ShareOfWallet);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(-10)]
    public void Share_of_wallet_is_empty_without_a_positive_client_revenue(int? clientRevenue)
    {
        var result = Given.Evaluate(Given.Policy(), AsOf, 150000m, account: Given.Account() with { ClientRevenue = clientRevenue });

        Assert.Null(result.ShareOfWallet);
        Assert.Null(result.State.ShareOfWallet);
    }
}
