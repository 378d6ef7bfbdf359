using System.CommandLine;
using System.Globalization;
using CrmTiering.Cli.Output;
using CrmTiering.Cli.Report;
using CrmTiering.Cli.Simulate;

namespace CrmTiering.Cli.Commands;

/// <summary>
/// <c>crmtiering simulate</c>: the solution's real plug-ins and processes running in the emulator
/// over a generated book of business, summarised per quarter (and as an HTML report).
/// </summary>
public static class SimulateCommand
{
    public const string BadCount = "{0}: '{1}' is not a whole number from {2} to {3}";
    public const int MaxAccounts = 5000;
    public const int MaxMonths = 120;

    public static Command Create(CliConsole console)
    {
        var accounts = new Option<string?>("--accounts") { Description = $"accounts in the book (default {SimulationSettings.DefaultAccounts})" };
        var months = new Option<string?>("--months") { Description = $"months to replay (default {SimulationSettings.DefaultMonths})" };
        var seed = new Option<string?>("--seed") { Description = $"random seed; the same seed gives the same output (default {SimulationSettings.DefaultSeed})" };
        var report = new Option<string?>("--report") { Description = "HTML report to write (charts; opens offline)" };
        var command = new Command("simulate", "Run the solution's plug-ins and processes in an emulated organisation over a generated book of business.");
        command.Options.Add(accounts);
        command.Options.Add(months);
        command.Options.Add(seed);
        command.Options.Add(report);
        command.SetAction(parsed => CliApplication.Guard(console, () =>
        {
            var settings = new SimulationSettings(
                Count("--accounts", parsed.GetValue(accounts), SimulationSettings.DefaultAccounts, 1, MaxAccounts),
                Count("--months", parsed.GetValue(months), SimulationSettings.DefaultMonths, 1, MaxMonths),
                Count("--seed", parsed.GetValue(seed), SimulationSettings.DefaultSeed, 0, int.MaxValue),
                SimulationSettings.DefaultStart);
            var reportPath = parsed.GetValue(report);
            using var reportWriter = reportPath is null ? null : OutputFile.Open(reportPath, console);
            var outcome = new SimulationRun(settings, new SimulationProgress(console)).Run();
            SimulationPrinter.Write(console.Output, outcome);
            if (reportWriter is not null) HtmlReport.Write(reportWriter, outcome.Report);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static int Count(string option, string? text, int fallback, int min, int max)
    {
        if (text is null) return fallback;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        throw new UserMistakeException(string.Format(BadCount, option, text, min, max));
    }
}
