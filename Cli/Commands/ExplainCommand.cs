using System.Collections.Generic;
using System.CommandLine;
using CrmTiering.Cli.Input;
using CrmTiering.Cli.Output;
using CrmTiering.Cli.Review;

namespace CrmTiering.Cli.Commands;

/// <summary><c>crmtiering explain --account ID</c>: why one account has its tier, every part, at the (last) review date.</summary>
public static class ExplainCommand
{
    public static Command Create(CliConsole console, Org.OrgRuntime runtime)
    {
        var inputs = new InputOptions();
        var dates = new ReviewDateOptions();
        var account = new Option<string>("--account") { Description = "the account's id (accountid)", Required = true };
        var command = new Command("explain", "Explain one account's tier: revenue parts, thresholds, bump, override, history.");
        command.Options.Add(account);
        inputs.AddTo(command);
        dates.AddTo(command);
        command.SetAction(parsed => CliApplication.Guard(console, () =>
        {
            var reviewDates = dates.Read(parsed);
            var id = parsed.GetValue(account)!.Trim();
            using var opened = inputs.Open(parsed, runtime, console);
            var policy = opened.Policy(parsed.GetValue(inputs.Policy));
            var loaded = TieringInputs.Load(opened.Source, new[] { policy }, reviewDates, console, only: id);
            var steps = new List<ReviewStep>(new ReviewReplay(loaded, 0, inputs.CurrencyCode(parsed)).Run(only: id));
            new ExplanationReport(console.Output, policy).Write(loaded.Accounts.Find(id)!, steps);
            return ExitCodes.Success;
        }));
        return command;
    }
}
