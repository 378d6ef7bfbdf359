using System.CommandLine;
using System.Linq;
using CrmTiering.Cli.Input;
using CrmTiering.Cli.Output;
using CrmTiering.Cli.Review;
using CrmTiering.Core.Calibration;

namespace CrmTiering.Cli.Commands;

/// <summary>
/// <c>crmtiering calibrate</c>: R19 thresholds from the accounts' effective revenue at the as-of date
/// (the last date of a range) under the base policy; writes the calibrated policy JSON.
/// </summary>
public static class CalibrateCommand
{
    public static Command Create(CliConsole console, Org.OrgRuntime runtime)
    {
        var inputs = new InputOptions();
        var dates = new ReviewDateOptions();
        var output = new Option<string?>("--out") { Description = "policy JSON to write (default: standard output)" };
        var command = new Command("calibrate", "Set the Tier 1 and Tier 2 thresholds from the revenue distribution (80 % / 95 %) and print the policy.");
        inputs.AddTo(command);
        dates.AddTo(command);
        command.Options.Add(output);
        command.SetAction(parsed => CliApplication.Guard(console, () =>
        {
            var asOf = ReviewDates.Single(dates.Read(parsed).Last);
            using var opened = inputs.Open(parsed, runtime, console);
            var policy = opened.Policy(parsed.GetValue(inputs.Policy));
            var loaded = TieringInputs.Load(opened.Source, new[] { policy }, asOf, console);
            using var progress = RowProgress.For(console, "calibrate", "accounts", loaded.Accounts.Count);
            var accounts = new ReviewReplay(loaded, 0, inputs.CurrencyCode(parsed)).Run(progress: progress)
                .Select(step => new CalibrationAccount(step.Account.Id, step.Evaluation.Revenue.Effective))
                .ToList();
            CalibrationResult result;
            try
            {
                result = TierCalibration.Calibrate(policy, accounts);
            }
            catch (CalibrationException e)
            {
                throw new UserMistakeException(e.Message.Replace("\n", "; "));
            }
            using var writer = OutputFile.Open(parsed.GetValue(output), console);
            writer.Write(result.Json);
            writer.Write('\n');
            return ExitCodes.Success;
        }));
        return command;
    }
}
