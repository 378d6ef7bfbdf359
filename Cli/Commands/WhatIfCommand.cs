using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using CrmTiering.Cli.Input;
using CrmTiering.Cli.Output;
using CrmTiering.Cli.Review;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Policy;
using CrmTiering.Core.WhatIf;

namespace CrmTiering.Cli.Commands;

/// <summary>
/// <c>crmtiering whatif --policy NEW.json</c>: the same accounts under the current policy
/// (<c>--current</c>, default the built-in one) and the proposed one, at the as-of date or the last
/// date of a range. With a range, both start from the state the current policy stored at the
/// previous review — "what if we switched now", hysteresis included; with one date, both classify
/// afresh.
/// </summary>
public static class WhatIfCommand
{
    public static Command Create(CliConsole console, Org.OrgRuntime runtime)
    {
        var inputs = new InputOptions();
        var dates = new ReviewDateOptions();
        var proposed = new Option<string>("--policy") { Description = "the proposed tier policy JSON", Required = true };
        var current = new Option<string?>("--current") { Description = "the current tier policy JSON (default: the org's policy with --org, else the built-in v1 policy)" };
        var output = new Option<string?>("--out") { Description = "file to write the matrix and movers to (default: standard output)" };
        var command = new Command("whatif", "Compare a proposed policy with the current one: from×to tier matrix and the accounts that move.");
        inputs.AddTo(command, withPolicy: false);
        command.Options.Add(proposed);
        command.Options.Add(current);
        dates.AddTo(command);
        command.Options.Add(output);
        command.SetAction(parsed => CliApplication.Guard(console, () =>
        {
            var proposedPolicy = PolicyFile.Load(parsed.GetValue(proposed));
            var reviewDates = dates.Read(parsed);
            var currency = inputs.CurrencyCode(parsed);
            using var opened = inputs.Open(parsed, runtime, console);
            var currentPolicy = opened.Policy(parsed.GetValue(current));
            var loaded = TieringInputs.Load(opened.Source, new[] { currentPolicy, proposedPolicy }, reviewDates, console);
            var last = reviewDates.Dates.Count - 1;

            var before = new Dictionary<int, StoredTierState>();
            using var progress = RowProgress.For(console, "whatif", "accounts", (long)loaded.Accounts.Count * reviewDates.Dates.Count);
            foreach (var step in new ReviewReplay(loaded, 0, currency).Run(progress: progress))
            {
                if (step.DateIndex < last) before[step.AccountIndex] = step.Evaluation.State;
            }
            var subjects = loaded.Accounts.Accounts
                .Select((account, index) => (account, index))
                .Where(pair => pair.account.Facts.CreationDate is not { } created || created <= reviewDates.Last)
                .Select(pair => new WhatIfSubject(
                    pair.account.FactsFor(currentPolicy),
                    loaded.RevenueAt(0, pair.index, last),
                    loaded.RevenueAt(1, pair.index, last))
                {
                    Previous = before.TryGetValue(pair.index, out var state) ? state : StoredTierState.Empty,
                });
            var result = WhatIfComparison.Compare(currentPolicy, proposedPolicy, reviewDates.Last, subjects, currency);
            using var writer = OutputFile.Open(parsed.GetValue(output), console);
            new WhatIfReport(writer).Write(result);
            return ExitCodes.Success;
        }));
        return command;
    }
}
