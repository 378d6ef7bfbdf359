using System;

namespace CrmTiering.Cli.Tests.Simulate;

/// <summary>One small simulation (10 accounts, 7 months, seed 3, with --report) shared by the tests that only read it.</summary>
public sealed class SmallSimulation : IDisposable
{
    public static readonly string[] Arguments = { "simulate", "--accounts", "10", "--months", "7", "--seed", "3" };

    public SmallSimulation()
    {
        Workspace = new Workspace();
        ReportPath = Workspace.PathOf("sim.html");
        Run = CliRun.Of(Arguments.Concat(new[] { "--report", ReportPath }).ToArray());
    }

    public Workspace Workspace { get; }

    public string ReportPath { get; }

    public CliRun Run { get; }

    public void Dispose() => Workspace.Dispose();
}
