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
    public const string ServeOnly = "--port, --no-auth and --throttle-every go with --serve";

    public static Command Create(CliConsole console)
    {
        var accounts = new Option<string?>("--accounts") { Description = $"accounts in the book (default {SimulationSettings.DefaultAccounts})" };
        var months = new Option<string?>("--months") { Description = $"months to replay (default {SimulationSettings.DefaultMonths})" };
        var seed = new Option<string?>("--seed") { Description = $"random seed; the same seed gives the same output (default {SimulationSettings.DefaultSeed})" };
        var report = new Option<string?>("--report") { Description = "HTML report to write (charts; opens offline)" };
        var serve = new Option<bool>("--serve") { Description = "after the replay, keep the simulated org up on 127.0.0.1 behind a Dataverse Web API facade (URL on the first line; Ctrl+C stops it)" };
        var port = new Option<string?>("--port") { Description = "with --serve: the loopback port (default 0, a free one)" };
        var noAuth = new Option<bool>("--no-auth") { Description = $"with --serve: accept requests without a bearer token (otherwise {ServeCommand.TokenVariable}, or a generated token that is printed)" };
        var throttle = new Option<string?>("--throttle-every") { Description = "with --serve: answer every Nth request 429 Too Many Requests with Retry-After (to test a client's retries)" };
        var command = new Command("simulate", "Run the solution's plug-ins and processes in an emulated organisation over a generated book of business.");
        command.Options.Add(accounts);
        command.Options.Add(months);
        command.Options.Add(seed);
        command.Options.Add(report);
        command.Options.Add(serve);
        command.Options.Add(port);
        command.Options.Add(noAuth);
        command.Options.Add(throttle);
        command.SetAction(parsed => CliApplication.Guard(console, () =>
        {
            var settings = new SimulationSettings(
                Count("--accounts", parsed.GetValue(accounts), SimulationSettings.DefaultAccounts, 1, MaxAccounts),
                Count("--months", parsed.GetValue(months), SimulationSettings.DefaultMonths, 1, MaxMonths),
                Count("--seed", parsed.GetValue(seed), SimulationSettings.DefaultSeed, 0, int.MaxValue),
                SimulationSettings.DefaultStart);
            var reportPath = parsed.GetValue(report);
            if (!parsed.GetValue(serve))
            {
                if (parsed.GetValue(port) is not null || parsed.GetValue(noAuth) || parsed.GetValue(throttle) is not null) throw new UserMistakeException(ServeOnly);
            }
            else
            {
                var serveSettings = new ServeSettings(
                    Count("--port", parsed.GetValue(port), 0, 0, 65535),
                    parsed.GetValue(noAuth) ? null : ServeCommand.TokenFromEnvironment() ?? ServeCommand.NewToken(),
                    parsed.GetValue(throttle) is null ? null : Count("--throttle-every", parsed.GetValue(throttle), 0, 1, int.MaxValue));
                return ServeCommand.Serve(console, settings, serveSettings, reportPath);
            }

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
