namespace CrmTiering.Core.Revenue;

/// <summary>R4: which account a record's revenue belongs to.</summary>
public static class RecordOwner
{
    /// <summary>
    /// An opportunity's account: <c>parentaccountid</c> if set, else <c>customerid</c> when it is an
    /// account; null (ignored) when the customer is a contact. Blank ids count as unset.
    /// </summary>
    public static string? OfOpportunity(string? parentAccountId, string? customerId, bool customerIsAccount)
    {
        if (!string.IsNullOrWhiteSpace(parentAccountId))
        {
            return parentAccountId;
        }

        return customerIsAccount && !string.IsNullOrWhiteSpace(customerId) ? customerId : null;
    }
}
