using System.CommandLine;
using CrmTiering.Cli.Input;
using CrmTiering.Cli.Output;
using CrmTiering.Cli.Report;
using CrmTiering.Cli.Review;

namespace CrmTiering.Cli.Commands;

/// <summary><c>crmtiering review</c>: every account's tier at each review date, and the follow-up tasks.</summary>
public static class ReviewCommand
{
    public static Command Create(CliConsole console, Org.OrgRuntime runtime)
    {
        var inputs = new InputOptions();
        var dates = new ReviewDateOptions();
        var output = new Option<string?>("--out") { Description = "review CSV to write (default: standard output)" };
        var tasks = new Option<string?>("--tasks") { Description = "follow-up tasks CSV to write" };
        var report = new Option<string?>("--report") { Description = "HTML report to write (charts; opens offline)" };
        var command = new Command("review", "Review every account's tier at one date or at every review date of a range.");
        inputs.AddTo(command);
        dates.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(tasks);
        command.Options.Add(report);
        command.SetAction(parsed => CliApplication.Guard(console, () =>
        {
            var reviewDates = dates.Read(parsed);
            using var opened = inputs.Open(parsed, runtime, console);
            var policy = opened.Policy(parsed.GetValue(inputs.Policy));
            var loaded = TieringInputs.Load(opened.Source, new[] { policy }, reviewDates, console);
            var currency = inputs.CurrencyCode(parsed);
            var tasksPath = parsed.GetValue(tasks);
            using var reviewWriter = OutputFile.Open(parsed.GetValue(output), console);
            using var tasksWriter = tasksPath is null ? null : OutputFile.Open(tasksPath, console);
            var reportPath = parsed.GetValue(report);
            using var reportWriter = reportPath is null ? null : OutputFile.Open(reportPath, console);
            var rows = new ReviewCsv(reviewWriter, policy);
            var taskRows = tasksWriter is null ? null : new TaskCsv(tasksWriter, loaded.Users);
            var followUps = new FollowUpTasks(policy, loaded.Users, currency);
            var reportModel = reportWriter is null ? null : new ReviewReport(policy, reviewDates, loaded.Accounts.Accounts.Count);
            using var progress = RowProgress.For(console, "review", "accounts", (long)loaded.Accounts.Count * reviewDates.Dates.Count);
            foreach (var (step, line) in new ReviewReplay(loaded, 0, currency).Run(rows.Line, progress: progress))
            {
                rows.WriteLine(line);
                reportModel?.Add(step);
                if (taskRows is null && reportModel is null) continue;
                if (followUps.Consider(step) is not { } task) continue;
                taskRows?.Write(task);
                reportModel?.AddTask(task);
            }
            if (reportWriter is not null) HtmlReport.Write(reportWriter, reportModel!.Build());
            if (followUps.Unassigned > 0) console.Error.WriteLine(string.Format(CliMessages.UnassignedTasksWarning, followUps.Unassigned));
            return ExitCodes.Success;
        }));
        return command;
    }
}
