using System;
using System.Globalization;
using CrmTiering.Core.Revenue;

namespace CrmTiering.Cli.Input;

/// <summary>
/// Record states as exported from Dataverse: Core's statecode number or its label, case-insensitive
/// (opportunity Open 0, Won 1, Lost 2; invoice Active 0, Closed 1, Paid 2, Canceled 3).
/// </summary>
public static class StateCodes
{
    public static bool TryParseOpportunity(string text, out OpportunityState state) => TryParse(text, out state);

    public static bool TryParseInvoice(string text, out InvoiceState state) => TryParse(text, out state);

    private static bool TryParse<TState>(string text, out TState state)
        where TState : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TState>())
        {
            var number = Convert.ToInt32(candidate, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            if (text == number || string.Equals(text, candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                state = candidate;
                return true;
            }
        }
        state = default;
        return false;
    }
}
