using System;
using CrmTiering.Cli.Input;
using CrmTiering.Cli.Org;
using CrmTiering.Cli.Org.Reading;
using CrmTiering.Core.Policy;

namespace CrmTiering.Cli.Commands;

/// <summary>The inputs a data command reads — CSV files, or a live org with its session — and where its policy comes from.</summary>
public sealed class OpenedInputs : IDisposable
{
    public OpenedInputs(ITieringSource source, OrgSession? session)
    {
        Source = source;
        Session = session;
    }

    public ITieringSource Source { get; }

    /// <summary>The org's session with <c>--org</c>, else null.</summary>
    public OrgSession? Session { get; }

    /// <summary>
    /// The policy file when one is given; else, with <c>--org</c>, the org's policy (ctier_TierPolicy's
    /// current value, else its default); else Core's built-in v1 policy.
    /// </summary>
    public TierPolicy Policy(string? path) =>
        path is not null ? PolicyFile.Load(path) : Session is not null ? OrgPolicy.Read(Session.Client) : TierPolicy.Default;

    public void Dispose() => Session?.Dispose();
}
