using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using CrmTiering.Cli.Commands;

namespace CrmTiering.Cli;

/// <summary>
/// The <c>crmtiering</c> command tree. Built per run (no static state), so tests run it in-process
/// with their own writers. Each command lives in its own file under Commands/.
/// </summary>
public static class CliApplication
{
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, Org.OrgRuntime.Process);

    /// <param name="runtime">Environment variables, retry waits and the terminal check of the live-org commands (tests pass their own).</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, Org.OrgRuntime runtime)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("Client tiering over data exported from Dataverse (rules R1-R20 of CrmTiering Core).");
        root.Subcommands.Add(ReviewCommand.Create(console, runtime));
        root.Subcommands.Add(ExplainCommand.Create(console, runtime));
        root.Subcommands.Add(WhatIfCommand.Create(console, runtime));
        root.Subcommands.Add(CalibrateCommand.Create(console, runtime));
        root.Subcommands.Add(PolicyCommand.Create(console));
        root.Subcommands.Add(SimulateCommand.Create(console));
        root.Subcommands.Add(SweepCommand.Create(console, runtime));
        root.Subcommands.Add(DoctorCommand.Create(console, runtime));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpAction)
        {
            error.WriteLine(CliMessages.ErrorPrefix + parsed.Errors[0].Message);
            return ExitCodes.UserMistake;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }

    /// <summary>Runs a command body: a user mistake becomes one stderr line and exit code 2.</summary>
    internal static int Guard(CliConsole console, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UserMistakeException e)
        {
            console.Error.WriteLine(CliMessages.ErrorPrefix + e.Message);
            return ExitCodes.UserMistake;
        }
        catch (Org.Http.WebApiException e)
        {
            // A live org refused or failed a request: the message names it and what to do.
            console.Error.WriteLine(CliMessages.ErrorPrefix + e.Message);
            return ExitCodes.UserMistake;
        }
        catch (IOException e)
        {
            // Disk full, file locked by another program, …: the user's environment, not a bug.
            console.Error.WriteLine(CliMessages.ErrorPrefix + OneLine(e.Message));
            return ExitCodes.UserMistake;
        }
        catch (UnauthorizedAccessException e)
        {
            console.Error.WriteLine(CliMessages.ErrorPrefix + OneLine(e.Message));
            return ExitCodes.UserMistake;
        }
        catch (Exception e)
        {
            console.Error.WriteLine(CliMessages.ErrorPrefix
                + string.Format(CliMessages.UnexpectedFailure, e.GetType().Name, OneLine(e.Message)));
            return ExitCodes.Failure;
        }
    }

    private static string OneLine(string text) => text.Replace('\r', ' ').Replace('\n', ' ');
}
