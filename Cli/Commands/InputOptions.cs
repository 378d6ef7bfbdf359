using System.CommandLine;
using CrmTiering.Cli.Csv;
using CrmTiering.Cli.Input;
using CrmTiering.Cli.Org;
using CrmTiering.Cli.Org.Reading;

namespace CrmTiering.Cli.Commands;

/// <summary>The exported CSV files and the policy every evaluating command reads.</summary>
public sealed class InputOptions
{
    public Option<string> Accounts { get; } = new("--accounts")
    {
        Description = "accounts CSV (accountid, name, createdon, ownerid, revenue, ctier_… columns); required without --org",
    };

    public Option<string> Opportunities { get; } = new("--opportunities")
    {
        Description = "opportunities CSV (parentaccountid/customerid, statecode, actualvalue_base, actualclosedate, …); required without --org",
    };

    public Option<string?> Invoices { get; } = new("--invoices")
    {
        Description = "invoices CSV (customerid, statecode, totalamount_base, datedelivered, createdon, …)",
    };

    public Option<string?> Users { get; } = new("--users")
    {
        Description = "users CSV (systemuserid, fullname, parentsystemuserid, isdisabled), for task owners",
    };

    public Option<string?> Policy { get; } = new("--policy")
    {
        Description = "tier policy JSON (default: the built-in v1 policy)",
    };

    public Option<string?> Currency { get; } = new("--currency")
    {
        Description = "base currency code shown after amounts in explanations (e.g. EUR)",
    };

    /// <summary>A live org instead of the files (docs/cli.md, "Live org").</summary>
    public OrgOptions Org { get; } = new();

    /// <summary>Other CSV headers for the logical columns; CSV only (an org is read by logical names).</summary>
    public Option<string[]> Map { get; } = new("--map")
    {
        Description = "read a CSV column from another header: column=header (repeatable; file.column=header for one file; column= to ignore it) or a JSON file {\"column\": \"header\"}; not with --org",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public void AddTo(Command command, bool withPolicy = true)
    {
        Org.AddTo(command);
        command.Options.Add(Accounts);
        command.Options.Add(Opportunities);
        command.Options.Add(Invoices);
        command.Options.Add(Users);
        if (withPolicy) command.Options.Add(Policy);
        command.Options.Add(Currency);
        command.Options.Add(Map);
    }

    public string CurrencyCode(ParseResult parsed) => parsed.GetValue(Currency)?.Trim() ?? string.Empty;

    /// <exception cref="UserMistakeException">Neither the two required files nor --org, or both; a malformed --map.</exception>
    public InputFiles Read(ParseResult parsed)
    {
        var accounts = parsed.GetValue(Accounts);
        var opportunities = parsed.GetValue(Opportunities);
        if (accounts is null || opportunities is null) throw new UserMistakeException(OrgMessages.FilesMissing);
        return new InputFiles(accounts, opportunities, parsed.GetValue(Invoices), parsed.GetValue(Users))
        {
            Map = parsed.GetValue(Map) is { Length: > 0 } map ? ColumnMap.Parse(map, InputColumns.ByFile) : null,
        };
    }

    /// <summary>The files, or with <c>--org</c> the org (signed in); dispose it to close the session.</summary>
    public OpenedInputs Open(ParseResult parsed, OrgRuntime runtime, CliConsole console)
    {
        if (!Org.Given(parsed))
        {
            Org.Open(parsed, runtime, console); // rejects sign-in options without --org
            return new OpenedInputs(Read(parsed), null);
        }
        if (parsed.GetValue(Accounts) is not null || parsed.GetValue(Opportunities) is not null
            || parsed.GetValue(Invoices) is not null || parsed.GetValue(Users) is not null)
        {
            throw new UserMistakeException(OrgMessages.OrgWithFiles);
        }
        if (parsed.GetValue(Map) is { Length: > 0 }) throw new UserMistakeException(OrgMessages.MapWithOrg);
        var session = Org.Open(parsed, runtime, console)!;
        return new OpenedInputs(new OrgTieringSource(session.Client), session);
    }
}
