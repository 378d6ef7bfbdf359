using System;
using FsCheck;
using FsCheck.Fluent;

namespace CrmTiering.Plugins.Tests.CustomApi;

/// <summary>
/// The page sweep gives the same stored account columns and history rows as the per-account path it
/// replaced, over random organisations (<see cref="SweepTwins"/>), for All, then Due a quarter later,
/// then Backfill; the background queue drained after each, as an org drains it.
/// </summary>
public sealed class PageSweepEquivalenceTests
{
    private const int Runs = 25;

    [Fact]
    public void All_Due_and_Backfill_by_page_store_what_the_per_account_path_stores()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs), Prop.ForAll(Arb.From(Gen.Choose(1, 1_000_000)), seed =>
        {
            var twins = new SweepTwins(seed, withLargeAccount: false);
            twins.Run("All");
            Assert.Empty(twins.Differences());

            twins.Advance(TimeSpan.FromDays(92));
            twins.Run("Due");
            Assert.Empty(twins.Differences());

            twins.Run("Backfill", new DateTime(2023, 1, 1));
            Assert.Empty(twins.Differences());

            // A repeated backfill a day later: rows already written are skipped the same way
            twins.Advance(TimeSpan.FromDays(1));
            twins.Run("Backfill", new DateTime(2023, 1, 1));
            Assert.Empty(twins.Differences());
        }));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(41)]
    [InlineData(42)]
    public void An_account_over_the_probe_ends_the_same_after_the_background_queue(int seed)
    {
        var twins = new SweepTwins(seed, withLargeAccount: true);
        twins.Run("All");
        Assert.Empty(twins.Differences());

        twins.Advance(TimeSpan.FromDays(92));
        twins.Run("Due");
        Assert.Empty(twins.Differences());

        twins.Run("Backfill", new DateTime(2024, 1, 1));
        Assert.Empty(twins.Differences());
    }
}
