using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmTiering.Cli.Org.Http;
using CrmTiering.Cli.Org.Paging;
using CrmTiering.Cli.Org.Reading;
using CrmTiering.Cli.Review;
using CrmTiering.Core.Policy;

namespace CrmTiering.Cli.Org.Sweep;

/// <summary>
/// <c>sweep --dry-run</c>: the accounts the sweep would recalculate (Due: next evaluation passed; All:
/// every active account) evaluated here with the org's data and policy — as <c>whatif</c> does with one
/// date, classifying afresh at today's date in the policy zone — and compared with the tier each
/// account has stored. Nothing is written. Because it classifies afresh, hysteresis and minimum days
/// in tier are not applied: it shows where the data points, an upper bound of what the sweep changes.
/// </summary>
public static class SweepPreview
{
    public static int Run(OrgSession session, string mode, CliConsole console)
    {
        var policy = OrgPolicy.Read(session.Client);
        var now = DateTime.UtcNow;
        var today = policy.TimeZone.DateOf(now);
        var due = string.Equals(mode, "Due", StringComparison.Ordinal);
        var filter = "statecode eq " + OrgQueries.Active + (due ? " and ctier_nextevaluationon le " + now.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) : string.Empty);
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in ODataPages.Rows(session.Client, "accounts?$select=accountid,ctier_tier&$filter=" + filter + "&$orderby=accountid"))
        {
            stored[WebApiValue.Text(row, "accountid")] = WebApiValue.Text(row, "ctier_tier");
        }
        var inputs = TieringInputs.Load(new OrgTieringSource(session.Client), new[] { policy }, ReviewDates.Single(today), console);
        var changing = 0;
        var csv = new Csv.CsvWriter(console.Output);
        csv.WriteRecord("accountid", "name", "storedtier", "tier");
        foreach (var step in new ReviewReplay(inputs, 0, string.Empty).Run())
        {
            if (!stored.TryGetValue(step.Account.Id, out var storedTier)) continue;
            var tier = step.Evaluation.Tier;
            if (storedTier == tier.Value.ToString(CultureInfo.InvariantCulture)) continue;
            changing++;
            csv.WriteRecord(step.Account.Id, step.Account.Name, TierName(policy, storedTier), tier.Name);
        }
        console.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, SweepMessages.DryRunSummary, mode, stored.Count, changing));
        return ExitCodes.Success;
    }

    private static string TierName(TierPolicy policy, string stored) =>
        int.TryParse(stored, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && policy.FindTier(value) is { } tier ? tier.Name : stored;
}
