using System.CommandLine;
using CrmTiering.Cli.Org;
using CrmTiering.Cli.Org.Doctor;

namespace CrmTiering.Cli.Commands;

/// <summary><c>crmtiering doctor --org …</c>: checks the installed solution (reads only); exit 2 when anything is wrong.</summary>
public static class DoctorCommand
{
    public const string ProblemsFound = "{0} problems found in {1} (lines starting with 'problem' above)";

    public static Command Create(CliConsole console, OrgRuntime runtime)
    {
        var org = new OrgOptions(required: true);
        var command = new Command("doctor", "Check the CrmTiering solution in a live org: version, steps, Custom API and its privilege, policy; print the Win/Lose message ids.");
        org.AddTo(command);
        command.SetAction(parsed => CliApplication.Guard(console, () =>
        {
            using var session = org.Open(parsed, runtime, console)!;
            var check = new SolutionCheck(session.Client, console);
            check.Run();
            if (check.Problems == 0) return ExitCodes.Success;
            console.Error.WriteLine(CliMessages.ErrorPrefix + string.Format(ProblemsFound, check.Problems, session.Org));
            return ExitCodes.UserMistake;
        }));
        return command;
    }
}
