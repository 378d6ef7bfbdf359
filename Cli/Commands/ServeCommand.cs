using System;
using System.Security.Cryptography;
using System.Threading;
using CrmTiering.Cli.Output;
using CrmTiering.Cli.Report;
using CrmTiering.Cli.Simulate;

namespace CrmTiering.Cli.Commands;

/// <summary>
/// <c>simulate --serve</c>: replays the simulation, then serves the org on loopback until Ctrl+C (or SIGTERM).
/// The first output line is the org URL alone, so a script can read it; then the service root, the token
/// and how to stop. Without <c>DATAVERSE_ACCESS_TOKEN</c> a random token is generated and printed, so the
/// served org is never open to every local process unless <c>--no-auth</c> says so.
/// </summary>
public static class ServeCommand
{
    public const string TokenVariable = "DATAVERSE_ACCESS_TOKEN";
    public const string ServiceRootLine = "Web API: {0} (requests run as {1}, {2})";
    public const string TokenFromVariableLine = "Bearer token: the value of " + TokenVariable + ".";
    public const string GeneratedTokenLine = "Bearer token (generated; " + TokenVariable + " was not set): export " + TokenVariable + "={0}";
    public const string NoAuthLine = "No bearer token required (--no-auth): any local process can read and write this org.";
    public const string ThrottleLine = "Every {0}th request is answered 429 Too Many Requests (Retry-After: {1}).";
    public const string StopLine = "Ctrl+C stops it.";

    public static string? TokenFromEnvironment() =>
        Environment.GetEnvironmentVariable(TokenVariable) is { Length: > 0 } token ? token : null;

    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static int Serve(CliConsole console, SimulationSettings settings, ServeSettings serve, string? reportPath)
    {
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        try
        {
            using var reportWriter = reportPath is null ? null : OutputFile.Open(reportPath, console);
            var served = ServedSimulation.StartAsync(settings, serve, new SimulationProgress(console), stop.Token).GetAwaiter().GetResult();
            try
            {
                if (reportWriter is not null)
                {
                    HtmlReport.Write(reportWriter, served.Outcome.Report);
                    reportWriter.Flush();
                }

                var admin = served.Organization.People.Admin;
                console.Output.WriteLine(served.OrgUrl);
                console.Output.WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, ServiceRootLine, served.Server.ServiceRoot, "Tiering Admin", admin));
                if (serve.AccessToken is null) console.Output.WriteLine(NoAuthLine);
                else if (serve.AccessToken == TokenFromEnvironment()) console.Output.WriteLine(TokenFromVariableLine);
                else console.Output.WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, GeneratedTokenLine, serve.AccessToken));
                if (serve.ThrottleEvery is int every) console.Output.WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, ThrottleLine, every, serve.RetryAfterSeconds));
                console.Output.WriteLine(StopLine);
                console.Output.Flush();
                stop.Token.WaitHandle.WaitOne();
            }
            finally
            {
                served.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            return ExitCodes.Success;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Success;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
