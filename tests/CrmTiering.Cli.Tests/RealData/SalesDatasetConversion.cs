using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CrmTiering.Cli.Tests.RealData;

/// <summary>
/// Turns the public dataset into the CLI's Dataverse-shaped CSV inputs:
/// - accounts: the company name is the id (and the name); <c>revenue</c> is in millions → × 1 000 000;
///   no creation date (the founding year is not when the company became a customer).
/// - owner: the dataset has many agents per account; the owner is the agent with the most
///   opportunities on that account (ties: alphabetical), as a CRM would assign the main contact rep.
/// - users: every agent (manager from sales_teams as <c>parentsystemuserid</c>) and every manager.
/// - opportunities: Won → "Won" (label), Lost → 2 (number), Engaging/Prospecting → "Open";
///   close_value → actualvalue_base, close_date → actualclosedate. Rows without an account stay
///   without one (the CLI must skip and count them).
/// </summary>
public static class SalesDatasetConversion
{
    public static void WriteInputs(SalesDataset data, Workspace ws)
    {
        var owners = OwnerPerAccount(data);
        ws.Write("accounts.csv", new[] { "accountid,name,revenue,ownerid" }
            .Concat(data.Accounts.Select(a =>
                $"{a["account"]},{a["account"]},{(SalesDataset.Number(a["revenue"]) * 1_000_000m).ToString(CultureInfo.InvariantCulture)},{owners.GetValueOrDefault(a["account"], "")}"))
            .ToArray());

        var managers = data.Teams.Select(t => t["manager"]).Distinct();
        ws.Write("users.csv", new[] { "systemuserid,fullname,parentsystemuserid,isdisabled" }
            .Concat(data.Teams.Select(t => $"{t["sales_agent"]},{t["sales_agent"]},{t["manager"]},false"))
            .Concat(managers.Select(m => $"{m},{m},,false"))
            .ToArray());

        ws.Write("opportunities.csv", new[] { "opportunityid,parentaccountid,statecode,actualvalue_base,actualclosedate" }
            .Concat(data.Pipeline.Select(o => $"{o["opportunity_id"]},{o["account"]},{State(o["deal_stage"])},{o["close_value"]},{o["close_date"]}"))
            .ToArray());
    }

    public static Dictionary<string, string> OwnerPerAccount(SalesDataset data) =>
        data.Pipeline.Where(o => o["account"].Length > 0)
            .GroupBy(o => o["account"])
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(o => o["sales_agent"])
                    .OrderByDescending(agent => agent.Count())
                    .ThenBy(agent => agent.Key, System.StringComparer.Ordinal)
                    .First().Key);

    private static string State(string stage) => stage switch
    {
        "Won" => "Won",
        "Lost" => "2",
        _ => "Open",
    };
}
