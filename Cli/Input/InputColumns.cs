using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CrmTiering.Core.Policy;

namespace CrmTiering.Cli.Input;

/// <summary>The kinds of input file and the logical columns each is read by (what <c>--map</c> may name).</summary>
public static class InputColumns
{
    public const string Accounts = "accounts";
    public const string Opportunities = "opportunities";
    public const string Invoices = "invoices";
    public const string Users = "users";

    public static IReadOnlyDictionary<string, IReadOnlyCollection<string>> ByFile { get; } = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.OrdinalIgnoreCase)
    {
        [Accounts] = Names(typeof(AccountColumns)).Concat(Enum.GetValues<ValueFactor>().Select(ValueFactorNames.Column)).ToArray(),
        [Opportunities] = Names(typeof(OpportunityColumns)),
        [Invoices] = Names(typeof(InvoiceColumns)),
        [Users] = Names(typeof(UserColumns)),
    };

    private static string[] Names(Type columns) => columns
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();
}
