using System;
using System.CommandLine;
using System.Globalization;
using CrmTiering.Cli.Input;
using CrmTiering.Cli.Org;
using CrmTiering.Cli.Org.Sweep;
using CrmTiering.Cli.Output;
using CrmTiering.Plugins.CustomApi;

namespace CrmTiering.Cli.Commands;

/// <summary>
/// <c>crmtiering sweep --org … --mode Due|All|Backfill [--from DATE] [--cookie C] [--page-size N] [--dry-run]</c>:
/// drives the Custom API <c>ctier_RecalculateTiers</c> page after page — the one command that writes to the org.
/// </summary>
public static class SweepCommand
{
    private static readonly string[] Modes = { "Due", "All", "Backfill" };

    public static Command Create(CliConsole console, OrgRuntime runtime)
    {
        var org = new OrgOptions(required: true);
        var mode = new Option<string>("--mode") { Description = "Due (next evaluation passed), All (after a policy change) or Backfill (replay quarter ends from --from)", Required = true };
        var from = new Option<string?>("--from") { Description = "Backfill: the first date to replay from (yyyy-MM-dd)" };
        var cookie = new Option<string?>("--cookie") { Description = "resume: the PageCookie a failed or stopped sweep printed" };
        var pageSize = new Option<string?>("--page-size") { Description = $"accounts per call (1-{RecalculateTiersApi.MaxPageSize}; default the API's: {RecalculateTiersApi.DefaultPageSize}, Backfill {RecalculateTiersApi.DefaultBackfillPageSize})" };
        var dryRun = new Option<bool>("--dry-run") { Description = "write nothing: evaluate the accounts the sweep would take here, as whatif does, and list those whose tier would change" };
        var command = new Command("sweep", "Recalculate tiers in a live org through ctier_RecalculateTiers, page after page (resumable with --cookie).");
        org.AddTo(command);
        command.Options.Add(mode);
        command.Options.Add(from);
        command.Options.Add(cookie);
        command.Options.Add(pageSize);
        command.Options.Add(dryRun);
        command.SetAction(parsed => CliApplication.Guard(console, () =>
        {
            var chosen = Mode(parsed.GetValue(mode)!);
            var first = From(parsed.GetValue(from), chosen);
            var size = PageSize(parsed.GetValue(pageSize));
            using var session = org.Open(parsed, runtime, console)!;
            if (parsed.GetValue(dryRun))
            {
                if (chosen == "Backfill") throw new UserMistakeException(string.Format(SweepMessages.DryRunBackfill, parsed.GetValue(from)));
                return SweepPreview.Run(session, chosen, console);
            }
            var resume = "crmtiering sweep --org " + session.Org + " --mode " + chosen
                + (first is { } f ? " --from " + CsvDates.Format(f) : string.Empty)
                + (size is { } s ? " --page-size " + s.ToString(CultureInfo.InvariantCulture) : string.Empty);
            using var progress = new RowProgress(runtime.Interactive && ReferenceEquals(console.Error, Console.Error) ? console.Error : null, "sweep " + chosen, "accounts");
            var sweep = new TierSweep(session.Client, progress);
            var totals = sweep.Run(new SweepRequest(chosen, first, NonEmpty(parsed.GetValue(cookie)), size), resume);
            progress.Finish();
            console.Output.WriteLine(string.Format(CultureInfo.InvariantCulture, SweepMessages.Summary, chosen, totals.Processed, totals.Pages, totals.Changed, totals.Queued, totals.Failed));
            if (totals.Queued > 0) console.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, SweepMessages.QueuedNote, totals.Queued));
            if (totals.Failed > 0) console.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, SweepMessages.FailedWarning, totals.Failed));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Mode(string text)
    {
        foreach (var known in Modes)
        {
            if (string.Equals(known, text.Trim(), StringComparison.OrdinalIgnoreCase)) return known;
        }
        throw new UserMistakeException(string.Format(SweepMessages.BadMode, text));
    }

    private static DateTime? From(string? text, string mode)
    {
        if (text is null)
        {
            if (mode == "Backfill") throw new UserMistakeException(SweepMessages.FromNeeded);
            return null;
        }
        if (mode != "Backfill") throw new UserMistakeException(SweepMessages.FromOnlyForBackfill);
        if (!CsvDates.TryParseOption(text, out var date)) throw new UserMistakeException(string.Format(CliMessages.BadDateOption, "--from", text));
        return date;
    }

    private static int? PageSize(string? text)
    {
        if (text is null) return null;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size >= 1 && size <= RecalculateTiersApi.MaxPageSize) return size;
        throw new UserMistakeException(string.Format(SweepMessages.BadPageSize, text, RecalculateTiersApi.MaxPageSize));
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
