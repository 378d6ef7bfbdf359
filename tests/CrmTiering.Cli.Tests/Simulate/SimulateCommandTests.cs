using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using CrmTiering.Cli.Commands;
using CrmTiering.Cli.Report;
using CrmTiering.Cli.Tests.Report;

namespace CrmTiering.Cli.Tests.Simulate;

/// <summary>
/// <c>simulate</c> end to end: the shipped steps and processes in the emulator over a small book
/// (kept small so the suite stays fast; the default run is measured, not tested).
/// </summary>
public class SimulateCommandTests : IClassFixture<SmallSimulation>
{
    private readonly SmallSimulation _small;

    public SimulateCommandTests(SmallSimulation small)
    {
        _small = small;
    }

    private static readonly Regex TierLine = new(@"^  tiers      (?<tiers>.+)  \((?<total>\d+) accounts\)$");
    private static readonly Regex CallsLine = new(@"^  calls      (?<mean>[0-9.]+) per event on average, at most (?<max>\d+), over (?<events>\d+) events$");

    [Fact]
    public void The_same_seed_prints_the_same_output_with_or_without_a_report()
    {
        var again = CliRun.Of(SmallSimulation.Arguments);

        Assert.Equal(0, _small.Run.ExitCode);
        Assert.Equal("", _small.Run.Error);
        Assert.NotEmpty(_small.Run.Output);
        Assert.Equal(_small.Run.Output, again.Output);
    }

    [Fact]
    public void Another_seed_simulates_another_book()
    {
        var other = CliRun.Of(SmallSimulation.Arguments.Select(a => a == "3" ? "4" : a).ToArray());

        Assert.Equal(0, other.ExitCode);
        Assert.NotEqual(_small.Run.Output, other.Output);
    }

    [Fact]
    public void Each_quarter_prints_tiers_movements_tasks_and_calls_per_event()
    {
        var run = _small.Run;

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n');
        Assert.Equal(new[] { "2024 Q1 (2024-01-01 to 2024-03-31)", "2024 Q2 (2024-04-01 to 2024-06-30)", "2024 Q3 (2024-07-01 to 2024-07-31)" },
            lines.Where(l => l.StartsWith("2024 Q")));
        var tiers = lines.Select(l => TierLine.Match(l)).Where(m => m.Success).ToArray();
        Assert.Equal(3, tiers.Length);
        foreach (var match in tiers)
        {
            var counts = TierCounts(match.Groups["tiers"].Value);
            Assert.Equal(new[] { "Tier 1", "Tier 2", "Tier 3" }, counts.Keys);
            Assert.Equal(int.Parse(match.Groups["total"].Value, CultureInfo.InvariantCulture), counts.Values.Sum());
        }
        Assert.Equal(3, lines.Count(l => l.StartsWith("  movements  Tier 1 slips ")));
        Assert.Equal(3, lines.Count(l => l.StartsWith("  tasks      ")));
        var calls = lines.Select(l => CallsLine.Match(l)).Where(m => m.Success).ToArray();
        Assert.Equal(3, calls.Length);
        // The shipped steps ran: every quarter had user events, and the solution answered them with calls.
        Assert.All(calls, m => Assert.True(int.Parse(m.Groups["events"].Value, CultureInfo.InvariantCulture) > 0));
        Assert.All(calls, m => Assert.True(double.Parse(m.Groups["mean"].Value, CultureInfo.InvariantCulture) > 0));
        Assert.DoesNotContain(lines, l => l.StartsWith("  failed"));
    }

    [Fact]
    public void Simulate_report_charts_the_quarters_the_console_prints()
    {
        var run = _small.Run;

        Assert.Equal(0, run.ExitCode);
        var page = ReportPage.Parse(System.IO.File.ReadAllText(_small.ReportPath));
        var distribution = page.Section(HtmlReport.DistributionSection);
        var lines = run.Output.Split('\n');
        var labels = lines.Where(l => l.StartsWith("2024 Q")).Select(l => l.Substring(0, 7)).ToArray();
        var printed = lines.Select(l => TierLine.Match(l)).Where(m => m.Success).Select(m => TierCounts(m.Groups["tiers"].Value)).ToArray();
        for (var q = 0; q < labels.Length; q++)
        {
            foreach (var (tier, count) in printed[q])
            {
                Assert.Equal(count, ReportPage.Bar(distribution, tier, labels[q]));
            }
        }
        var slips = lines.Where(l => l.StartsWith("  movements")).Sum(l => int.Parse(Regex.Match(l, @"slips (\d+)").Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Equal(slips, page.Tile("slips"));
        var belowPeak = int.Parse(Regex.Match(lines.Single(l => l.StartsWith("total:")), @"below peak at the end (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal(belowPeak, page.Tile("below-peak"));
    }

    [Theory]
    [InlineData("--months", "0")]
    [InlineData("--accounts", "lots")]
    [InlineData("--seed", "-1")]
    public void A_bad_count_is_a_user_mistake(string option, string value)
    {
        var run = CliRun.Of("simulate", option, value);

        Assert.Equal(ExitCodes.UserMistake, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith(CliMessages.ErrorPrefix + string.Format(SimulateCommand.BadCount, option, value, "", "").Split(" from ")[0], line);
    }

    private static Dictionary<string, int> TierCounts(string text) =>
        text.Split(" | ").Select(part => part.Trim()).ToDictionary(
            part => part.Substring(0, part.LastIndexOf(' ')),
            part => int.Parse(part.Substring(part.LastIndexOf(' ') + 1), CultureInfo.InvariantCulture));
}
