using System.CommandLine;
using CrmTiering.Cli.Csv;
using CrmTiering.Cli.Input;

namespace CrmTiering.Cli.Commands;

/// <summary>The exported CSV files and the policy every evaluating command reads.</summary>
public sealed class InputOptions
{
    public Option<string> Accounts { get; } = new("--accounts")
    {
        Description = "accounts CSV (accountid, name, createdon, ownerid, revenue, ctier_… columns)",
        Required = true,
    };

    public Option<string> Opportunities { get; } = new("--opportunities")
    {
        Description = "opportunities CSV (parentaccountid/customerid, statecode, actualvalue_base, actualclosedate, …)",
        Required = true,
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

    public Option<string[]> Map { get; } = new("--map")
    {
        Description = "read a column from another header: column=header (repeatable; file.column=header for one file; column= to ignore it) or a JSON file {\"column\": \"header\"}",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public void AddTo(Command command, bool withPolicy = true)
    {
        command.Options.Add(Accounts);
        command.Options.Add(Opportunities);
        command.Options.Add(Invoices);
        command.Options.Add(Users);
        if (withPolicy) command.Options.Add(Policy);
        command.Options.Add(Currency);
        command.Options.Add(Map);
    }

    public string CurrencyCode(ParseResult parsed) => parsed.GetValue(Currency)?.Trim() ?? string.Empty;

    public InputFiles Read(ParseResult parsed) => new InputFiles(
        parsed.GetValue(Accounts)!,
        parsed.GetValue(Opportunities)!,
        parsed.GetValue(Invoices),
        parsed.GetValue(Users))
    {
        Map = parsed.GetValue(Map) is { Length: > 0 } map ? ColumnMap.Parse(map, InputColumns.ByFile) : null,
    };
}
