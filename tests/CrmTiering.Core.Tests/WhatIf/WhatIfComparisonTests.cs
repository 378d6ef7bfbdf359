using CrmTiering.Core.WhatIf;

namespace CrmTiering.Core.Tests.WhatIf;

public sealed class WhatIfComparisonTests
{
    [Fact]
    public void Two_policies_give_a_from_to_matrix_and_the_movers()
    {
        var proposed = Given.Policy("\"minRevenue\":100000", "\"minRevenue\":50000");
        var subjects = new[]
        {
            new WhatIfSubject(Given.Account() with { AccountId = "a", Name = "A" }, Given.Won(600000m), Given.Won(600000m)),
            new WhatIfSubject(Given.Account() with { AccountId = "b", Name = "B" }, Given.Won(70000m), Given.Won(70000m)),
            new WhatIfSubject(Given.Account() with { AccountId = "c", Name = "C" }, Given.Won(10000m), Given.Won(10000m)),
        };

        var result = WhatIfComparison.Compare(Given.Policy(), proposed, Given.Date(2024, 6, 30), subjects);

        Assert.Equal(3, result.Accounts);
        Assert.Equal(1, result.Count(1, 1));
        Assert.Equal(1, result.Count(3, 2));
        Assert.Equal(1, result.Count(3, 3));
        Assert.Equal(0, result.Count(2, 2));
        var mover = Assert.Single(result.Movers);
        Assert.Equal(("b", "Tier 3", "Tier 2", 1), (mover.AccountId, mover.CurrentTier.Name, mover.ProposedTier.Name, mover.PositionsUp));
    }
}
