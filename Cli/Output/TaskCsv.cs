using System.IO;
using CrmTiering.Cli.Csv;
using CrmTiering.Cli.Input;
using CrmTiering.Cli.Review;

namespace CrmTiering.Cli.Output;

/// <summary>The follow-up tasks file (<c>--tasks</c>): one row per task created or updated at a review.</summary>
public sealed class TaskCsv
{
    public static readonly string[] Columns =
    {
        "asof", "accountid", "name", "kind", "action", "subject", "description", "priority", "due",
        "ownerid", "ownername", "ownertype", "ownersource",
    };

    private readonly CsvWriter _csv;
    private readonly UserDirectory _users;

    public TaskCsv(TextWriter output, UserDirectory users)
    {
        _csv = new CsvWriter(output);
        _users = users;
        _csv.WriteRecord(Columns);
    }

    public void Write(FollowUpTask task)
    {
        var plan = task.Plan;
        var owner = plan.Owner!;
        _csv.WriteRecord(
            CsvFormat.Date(task.Step.AsOf),
            task.Step.Account.Id,
            task.Step.Account.Name,
            plan.Kind.ToString(),
            task.Action == FollowUpAction.Created ? "created" : "updated",
            plan.Subject,
            plan.Description,
            plan.Priority.ToString(),
            CsvFormat.Instant(plan.DueUtc),
            owner.Id,
            owner.IsTeam ? null : _users.FullNameOf(owner.Id),
            owner.IsTeam ? "team" : "systemuser",
            owner.Source.ToString());
    }
}
