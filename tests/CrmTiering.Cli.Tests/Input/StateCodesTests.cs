using CrmTiering.Cli.Input;
using CrmTiering.Core.Revenue;

namespace CrmTiering.Cli.Tests.Input;

public class StateCodesTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("open", 0)]
    [InlineData("1", 1)]
    [InlineData("WON", 1)]
    [InlineData("Lost", 2)]
    public void Opportunity_state_is_a_number_or_a_label(string text, int expected)
    {
        Assert.True(StateCodes.TryParseOpportunity(text, out var state));
        Assert.Equal(expected, (int)state);
    }

    [Theory]
    [InlineData("active", 0)]
    [InlineData("Closed", 1)]
    [InlineData("PAID", 2)]
    [InlineData("3", 3)]
    [InlineData("canceled", 3)]
    public void Invoice_state_is_a_number_or_a_label(string text, int expected)
    {
        Assert.True(StateCodes.TryParseInvoice(text, out var state));
        Assert.Equal(expected, (int)state);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("Paid")]
    [InlineData("")]
    [InlineData("1.0")]
    public void Unlisted_opportunity_states_do_not_parse(string text)
    {
        Assert.False(StateCodes.TryParseOpportunity(text, out _));
    }
}
