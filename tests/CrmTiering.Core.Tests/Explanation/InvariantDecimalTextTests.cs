using System;
using System.Globalization;
using CrmTiering.Core.Explanation;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CrmTiering.Core.Tests.Explanation;

/// <summary>The hand-written decimal texts against the framework's custom formats they replace, digit for digit.</summary>
public sealed class InvariantDecimalTextTests
{
    private static readonly decimal[] Edges =
    {
        0m, -0m, 0.00m, -0.000m, 0.005m, -0.005m, 0.004999m, -0.0049m, 0.015m, 0.025m, 1.005m, 2.675m, 999.995m, -999.995m,
        999_999.999m, 1_000m, 1_000_000m, -1_234_567.891m, 0.000000000000_5m, 0.000000000000_49m, 1E-28m, -1E-28m,
        999_999_999_999_999.99m, 999_999_999_999_999.995m, 1_000_000_000_000_000m, -1_000_000_000_000_000.005m,
        decimal.MaxValue, decimal.MinValue, 79228162514264337593543950.335m, 0.1m, 12.50m, 7.10m, 100m,
    };

    private static Gen<decimal> Values() =>
        Gen.OneOf(
            Gen.Elements(Edges),
            from lo in Gen.Choose(int.MinValue, int.MaxValue)
            from mid in Gen.Choose(int.MinValue, int.MaxValue)
            from hi in Gen.Choose(int.MinValue, int.MaxValue)
            from negative in Gen.Elements(false, true)
            from scale in Gen.Choose(0, 28)
            select new decimal(lo, mid, hi, negative, (byte)scale),
            from units in Gen.Choose(-2_000_000_000, 2_000_000_000)
            from scale in Gen.Choose(0, 6)
            select new decimal(units) / (decimal)Math.Pow(10, scale));

    [Fact]
    public void Two_decimals_equal_the_custom_formats_with_and_without_grouping()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(20_000), Prop.ForAll(Arb.From(Values()), value =>
        {
            Assert.Equal(value.ToString("#,##0.00", CultureInfo.InvariantCulture), InvariantDecimalText.TwoDecimals(value, grouped: true));
            Assert.Equal(value.ToString("0.00", CultureInfo.InvariantCulture), InvariantDecimalText.TwoDecimals(value, grouped: false));
        }));
    }

    [Fact]
    public void Up_to_n_decimals_equals_the_custom_format_of_n_optional_digits()
    {
        var cases = from value in Values() from decimals in Gen.Choose(0, 14) select (value, decimals);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(20_000), Prop.ForAll(Arb.From(cases), c =>
        {
            var format = c.decimals == 0 ? "0" : "0." + new string('#', c.decimals);
            Assert.Equal(c.value.ToString(format, CultureInfo.InvariantCulture), InvariantDecimalText.UpTo(c.value, c.decimals));
        }));
    }
}
