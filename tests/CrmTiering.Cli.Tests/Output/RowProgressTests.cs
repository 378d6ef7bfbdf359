using System;
using System.IO;
using CrmTiering.Cli.Output;

namespace CrmTiering.Cli.Tests.Output;

public class RowProgressTests
{
    [Fact]
    public void The_rate_is_the_rows_done_over_the_time_on_the_clock()
    {
        var clock = new ManualClock();
        var progress = new RowProgress(new StringWriter(), "opportunities", clock: clock);

        progress.Advance(1_000);
        clock.Advance(TimeSpan.FromSeconds(2));
        progress.Advance(3_000);

        Assert.Equal(4_000, progress.Done);
        Assert.Equal(2_000, progress.RatePerSecond, 6);
        Assert.Null(progress.Remaining);
        Assert.Equal("opportunities 4,000 rows, 2,000 rows/s", progress.Line());
    }

    [Fact]
    public void With_a_total_the_line_shows_a_bar_a_percentage_and_the_time_left_at_that_rate()
    {
        var clock = new ManualClock();
        var progress = new RowProgress(new StringWriter(), "accounts", "accounts", total: 10_000, clock: clock);

        clock.Advance(TimeSpan.FromSeconds(5));
        progress.Advance(2_500);
        progress.SetDetail("changed 7, failed 1");

        Assert.Equal(500, progress.RatePerSecond, 6);
        Assert.Equal(TimeSpan.FromSeconds(15), progress.Remaining);
        Assert.Equal("accounts [######..................]  25% 2,500/10,000 accounts, 500 accounts/s, ETA 0:15, changed 7, failed 1", progress.Line());
    }

    [Fact]
    public void No_time_passed_means_no_rate_rather_than_a_division_by_zero()
    {
        var progress = new RowProgress(new StringWriter(), "rows", clock: new ManualClock());

        progress.Advance(10);

        Assert.Equal(0, progress.RatePerSecond);
        Assert.Null(progress.Remaining);
    }

    [Fact]
    public void On_a_terminal_it_redraws_in_place_at_most_ten_times_a_second_and_clears_the_line_at_the_end()
    {
        var clock = new ManualClock();
        var terminal = new StringWriter();
        var progress = new RowProgress(terminal, "rows", clock: clock);

        clock.Advance(TimeSpan.FromSeconds(1));
        progress.Advance(100);
        progress.Advance(100);
        clock.Advance(TimeSpan.FromMilliseconds(50));
        progress.Advance(100);
        clock.Advance(TimeSpan.FromMilliseconds(60));
        progress.Advance(100);
        progress.Finish();
        progress.Finish();

        var text = terminal.ToString();
        Assert.Equal(2, text.Split("rows/s").Length - 1);
        Assert.StartsWith("\rrows 100 rows, 100 rows/s", text);
        Assert.Contains("\rrows 400 rows, 360 rows/s", text);
        Assert.EndsWith("\r", text);
        Assert.DoesNotContain('\n', text);
    }

    [Fact]
    public void Without_a_terminal_nothing_is_written_but_the_count_goes_on()
    {
        var clock = new ManualClock();
        var progress = new RowProgress(null, "rows", clock: clock);

        clock.Advance(TimeSpan.FromSeconds(1));
        progress.Advance(5);
        progress.Finish();

        Assert.False(progress.IsVisible);
        Assert.Equal(5, progress.Done);
    }

    [Fact]
    public void A_console_that_is_not_the_process_standard_error_is_never_drawn_on()
    {
        var error = new StringWriter();
        var console = new CliConsole(new StringWriter(), error);

        using (var progress = RowProgress.For(console, "rows"))
        {
            progress.Advance(1_000_000);
        }

        Assert.False(RowProgress.IsTerminal(console));
        Assert.Equal("", error.ToString());
    }
}
