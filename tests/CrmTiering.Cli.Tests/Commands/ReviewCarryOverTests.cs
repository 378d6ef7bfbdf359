namespace CrmTiering.Cli.Tests.Commands;

/// <summary>
/// `review --every`: each review starts from the previous review's state, so hysteresis,
/// onboarding, highest, movements and open follow-up tasks carry over.
/// </summary>
public class ReviewCarryOverTests
{
    [Fact]
    public void Hysteresis_holds_tier_1_inside_the_margin_then_slips_and_demotes()
    {
        // Default policy: Tier 1 ≥ 500 000, margin 10 % → stays Tier 1 down to 450 000.
        using var ws = new Workspace();
        var accounts = ws.Write("accounts.csv", "accountid,name,ownerid", "H,Harbor,rep");
        var users = ws.Write("users.csv",
            "systemuserid,fullname,parentsystemuserid,isdisabled",
            "rep,Rita Rep,boss,0",
            "boss,Bea Boss,,0");
        var opportunities = ws.Write("o.csv",
            "parentaccountid,statecode,actualvalue_base,actualclosedate",
            "H,Won,520000,2024-01-15",
            "H,Won,-50000,2024-05-01",   // 470 000 at 2024-06-30: inside the band, stays Tier 1
            "H,Won,-30000,2024-08-01");  // 440 000 at 2024-09-30: below 450 000 → slips to Tier 2

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities, "--users", users,
            "--from", "2024-03-31", "--to", "2025-03-31", "--every", "3", "--out", ws.PathOf("r.csv"), "--tasks", ws.PathOf("t.csv"));

        Assert.Equal(0, run.ExitCode);
        var rows = OutputTable.Parse(ws.Read("r.csv")).For("H").ToList();
        Assert.Equal(new[] { "2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31", "2025-03-31" }, rows.Select(r => r["asof"]));
        Assert.Equal(new[] { "520000.00", "470000.00", "440000.00", "440000.00", "0.00" }, rows.Select(r => r["effectiverevenue"]));
        Assert.Equal(new[] { "Tier 1", "Tier 1", "Tier 2", "Tier 2", "Tier 3" }, rows.Select(r => r["tier"]));
        Assert.Equal(new[] { "", "Tier 1", "Tier 1", "Tier 2", "Tier 2" }, rows.Select(r => r["previoustier"]));
        Assert.Equal(new[] { "Initial", "None", "Tier1Slip", "None", "Demotion" }, rows.Select(r => r["movement"]));
        Assert.All(rows, r => Assert.Equal("Tier 1", r["onboardingtier"]));
        Assert.All(rows, r => Assert.Equal("Tier 1", r["highesttier"]));

        var task = Assert.Single(OutputTable.Parse(ws.Read("t.csv")).Rows);
        Assert.Equal("2024-09-30", task["asof"]);
        Assert.Equal("Tier1Slip", task["kind"]);
        Assert.Equal("created", task["action"]);
        Assert.Equal("High", task["priority"]);
        Assert.Equal("2024-10-01T00:00:00Z", task["due"]);   // as-of + Tier 1's 24 hours
        Assert.Equal("boss", task["ownerid"]);                // the owner's manager (R14)
        Assert.Equal("Bea Boss", task["ownername"]);
    }

    [Fact]
    public void A_surge_creates_a_task_due_after_the_better_tiers_response_time_and_the_promotion_after_it_none()
    {
        // Three tiers (the ctier_tier choice has three options), no margin: 3rd → 2nd is a surge (from
        // the last tier), 2nd → 1st a promotion. With three tiers no two reviews in a row move the same
        // kind, so the CLI never updates a task: each one is created.
        using var ws = new Workspace();
        var policy = ws.Write("p.json",
            "{\"hysteresisMargin\":0,\"tiers\":[",
            "{\"name\":\"Gold\",\"minRevenue\":500000,\"responseHours\":36},",
            "{\"name\":\"Silver\",\"minRevenue\":100000,\"responseHours\":48},",
            "{\"name\":\"Bronze\",\"minRevenue\":0,\"responseHours\":72}]}");
        var accounts = ws.Write("accounts.csv", "accountid,name,ownerid", "S,Sprout,rep", "T,Twig,gone");
        var users = ws.Write("users.csv",
            "systemuserid,fullname,parentsystemuserid,isdisabled",
            "rep,Rita Rep,,false",
            "gone,Gus Gone,boss,true",
            "boss,Bea Boss,,true");
        var opportunities = ws.Write("o.csv",
            "parentaccountid,statecode,actualvalue_base,actualclosedate",
            "S,Won,200000,2024-05-10",
            "S,Won,1000000,2024-08-10",
            "T,Won,200000,2024-05-10");

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities, "--users", users, "--policy", policy,
            "--from", "2024-03-31", "--to", "2024-09-30", "--every", "3", "--out", ws.PathOf("r.csv"), "--tasks", ws.PathOf("t.csv"));

        Assert.Equal(0, run.ExitCode);
        var rows = OutputTable.Parse(ws.Read("r.csv")).For("S").ToList();
        Assert.Equal(new[] { "Bronze", "Silver", "Gold" }, rows.Select(r => r["tier"]));
        Assert.Equal(new[] { "Initial", "Surge", "Promotion" }, rows.Select(r => r["movement"]));

        var task = Assert.Single(OutputTable.Parse(ws.Read("t.csv")).For("S"));
        Assert.Equal("created", task["action"]);
        Assert.Equal("Surge", task["kind"]);
        Assert.Equal("Normal", task["priority"]);
        Assert.Equal("2024-07-02T00:00:00Z", task["due"]);   // 2024-06-30 + Silver's 48 h
        Assert.Equal("rep", task["ownerid"]);                // no manager: the owner (R14)

        // T surges too, but its owner and the owner's manager are disabled and there is no fallback.
        Assert.Empty(OutputTable.Parse(ws.Read("t.csv")).For("T"));
        Assert.Equal(new[] { string.Format(CliMessages.UnassignedTasksWarning, 1) }, run.ErrorLines);
    }

    [Fact]
    public void Task_two_reviews_later_is_created_anew()
    {
        using var ws = new Workspace();
        var accounts = ws.Write("accounts.csv", "accountid,ownerid", "A,team-east");
        var users = ws.Write("users.csv", "systemuserid", "someone");
        var opportunities = ws.Write("o.csv",
            "parentaccountid,statecode,actualvalue_base,actualclosedate",
            "A,Won,600000,2024-01-15",    // Tier 1 at 2024-03-31
            "A,Won,-600000,2024-05-15",   // 0 at 2024-06-30: Tier 1 slip
            "A,Won,600000,2024-08-15",    // back to Tier 1 at 2024-09-30 (a surge from the last tier)
            "A,Won,-600000,2024-11-15");  // slips again at 2024-12-31

        var run = CliRun.Of("review", "--accounts", accounts, "--opportunities", opportunities, "--users", users,
            "--from", "2024-03-31", "--to", "2024-12-31", "--every", "3", "--out", ws.PathOf("r.csv"), "--tasks", ws.PathOf("t.csv"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(new[] { "Initial", "Tier1Slip", "Surge", "Tier1Slip" },
            OutputTable.Parse(ws.Read("r.csv")).Rows.Select(r => r["movement"]));
        var tasks = OutputTable.Parse(ws.Read("t.csv")).Rows;
        Assert.Equal(new[] { "Tier1Slip/created", "Surge/created", "Tier1Slip/created" }, tasks.Select(t => t["kind"] + "/" + t["action"]));
        Assert.All(tasks, t => Assert.Equal("team", t["ownertype"]));   // an owner that is not a listed user is a team
        Assert.All(tasks, t => Assert.Equal("team-east", t["ownerid"]));
    }
}
