using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Cli.Report;
using CrmTiering.Core.Policy;
using CrmTiering.Emulator;
using CrmTiering.Plugins.CustomApi;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Cli.Simulate;

/// <summary>
/// Replays the months: builds the organisation and the book, seeds the year before the start and
/// runs the All sweep (what an admin does after installing), then day by day performs the reps'
/// requests through their own services — each followed by draining the async queue, so the calls
/// it caused can be counted — runs the Due sweep every evening, and at each quarter's last day the
/// on-demand quarterly review, then tallies the quarter.
/// </summary>
public sealed class SimulationRun
{
    public const string ReportTitle = "Simulated book of business";
    public const string PeriodKind = "quarter";

    private readonly SimulationSettings _settings;
    private readonly SimulationProgress _progress;

    public SimulationRun(SimulationSettings settings, SimulationProgress progress)
    {
        _settings = settings;
        _progress = progress;
    }

    /// <summary>The organisation of the last <see cref="Run"/>, left as the run ended (what <c>simulate --serve</c> serves).</summary>
    public SimulatedOrganization? Organization { get; private set; }

    public SimulationOutcome Run()
    {
        var random = new Random(_settings.Seed);
        var org = new SimulatedOrganization(_settings, random);
        Organization = org;
        var policy = TierPolicy.Default;
        var book = new BookOfBusiness(_settings, org.People, org.Currencies, policy.BestTier.Value, random);
        var quarters = Quarter.Between(_settings.Start, _settings.End);
        var report = new TierReportBuilder(policy, ReportTitle,
            string.Format(SimulationPrinter.SubtitleFormat, _settings.Accounts, _settings.Months, _settings.Start.ToString("yyyy-MM-dd"), _settings.Seed),
            PeriodKind, quarters.Select(q => q.Label));
        var tally = new QuarterTally(org, policy, report);

        org.Clock.Set(_settings.Start.AddHours(6));
        book.SeedHistory(org.Organization);
        org.Sweep(nameof(RecalculationMode.All));
        org.Pipeline.DrainAsyncQueue();
        org.Organization.Calls.Clear();

        var results = new List<QuarterResult>();
        var days = (_settings.End - _settings.Start).Days + 1;
        var quarter = 0;
        var calls = new EventCalls();
        var failedBefore = org.Pipeline.FailedJobs.Count;
        for (var d = 0; d < days; d++)
        {
            var day = _settings.Start.AddDays(d);
            org.Clock.Set(day.AddHours(9));
            foreach (var activity in book.ActivitiesOn(day))
            {
                var mark = org.Organization.Calls.Mark();
                activity.Perform(org.Organization.ServiceFor(activity.Account.ActingUser));
                org.Pipeline.DrainAsyncQueue();
                calls.Add(org.Organization.Calls.Since(mark).Count(c => c.Origin != CallerContext.ClientOrigin));
                org.Organization.Calls.Clear();
            }

            org.Clock.Set(day.AddHours(23));
            org.Sweep(nameof(RecalculationMode.Due));
            org.Pipeline.DrainAsyncQueue();
            if (day == quarters[quarter].Last)
            {
                org.RunQuarterlyReview(book.Accounts.Where(a => a.Id != Guid.Empty).Select(a => new EntityReference("account", a.Id)));
                org.Pipeline.DrainAsyncQueue();
                var failed = org.Pipeline.FailedJobs.Count;
                results.Add(tally.Take(quarter, quarters[quarter].Label, quarters[quarter].First, quarters[quarter].Last, book.Accounts, calls, failed - failedBefore));
                failedBefore = failed;
                calls = new EventCalls();
                quarter++;
            }
            org.Organization.Calls.Clear();
            _progress.Report(d + 1, days, day.ToString("yyyy-MM-dd"));
        }
        _progress.Finish();
        return new SimulationOutcome(_settings, policy, results, report.Build());
    }
}
