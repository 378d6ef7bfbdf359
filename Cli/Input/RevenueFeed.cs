using System;
using CrmTiering.Cli.Csv;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;

namespace CrmTiering.Cli.Input;

/// <summary>
/// Streams the opportunity and invoice files once, front to back, handing each usable record to the
/// caller with its account's position in the <see cref="AccountBook"/>; nothing is kept, so memory
/// does not grow with the number of records. A row is unusable when its account is unknown (R4:
/// <c>parentaccountid</c>, else <c>customerid</c>; an id that is not in the accounts file may be a
/// contact or a typo, and is never dropped silently), its statecode is not a listed number or label,
/// or any amount, date or probability it has fails to parse — whatever its state.
/// </summary>
public sealed class RevenueFeed
{
    private readonly AccountBook _accounts;
    private readonly PolicyTimeZone _zone;

    public RevenueFeed(AccountBook accounts, PolicyTimeZone zone)
    {
        _accounts = accounts;
        _zone = zone;
    }

    /// <summary>Streams the opportunities file, then the invoices file (when given), read through the <c>--map</c> headers.</summary>
    public SkippedRows Stream(string opportunitiesPath, string? invoicesPath, Action<int, OpportunityRecord> opportunity, Action<int, InvoiceRecord> invoice, ColumnMap? map = null)
    {
        using var opportunities = OpenOpportunities(opportunitiesPath, map);
        using var invoices = invoicesPath is null ? null : OpenInvoices(invoicesPath, map);
        return Stream(opportunities, invoices, opportunity, invoice);
    }

    /// <summary>Streams the opportunity table, then the invoice table (when given); the caller disposes them.</summary>
    public SkippedRows Stream(IInputTable opportunities, IInputTable? invoices, Action<int, OpportunityRecord> opportunity, Action<int, InvoiceRecord> invoice)
    {
        CheckOpportunities(opportunities);
        if (invoices is not null) CheckInvoices(invoices);
        var skipped = new SkippedRows();
        foreach (var row in opportunities.Rows())
        {
            if (TryReadOpportunity(row, out var account, out var record)) opportunity(account, record);
            else skipped.SkipOpportunity();
        }
        if (invoices is null) return skipped;
        foreach (var row in invoices.Rows())
        {
            if (TryReadInvoice(row, out var account, out var record)) invoice(account, record);
            else skipped.SkipInvoice();
        }
        return skipped;
    }

    /// <summary>Fails with a header message unless the table has what an opportunity is read from.</summary>
    internal static void CheckOpportunities(IInputTable table)
    {
        table.Require(OpportunityColumns.StateCode);
        table.RequireOneOf(OpportunityColumns.ParentAccountId, OpportunityColumns.CustomerId);
    }

    /// <summary>Fails with a header message unless the table has what an invoice is read from.</summary>
    internal static void CheckInvoices(IInputTable table) => table.Require(InvoiceColumns.CustomerId, InvoiceColumns.StateCode);

    /// <summary>Opens the opportunities file and checks its header.</summary>
    internal static CsvFile OpenOpportunities(string path, ColumnMap? map) =>
        Checked(CsvFile.Open(path, map?.For(InputColumns.Opportunities)), CheckOpportunities);

    /// <summary>Opens the invoices file and checks its header.</summary>
    internal static CsvFile OpenInvoices(string path, ColumnMap? map) =>
        Checked(CsvFile.Open(path, map?.For(InputColumns.Invoices)), CheckInvoices);

    private static CsvFile Checked(CsvFile file, Action<IInputTable> check)
    {
        try
        {
            check(file);
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    internal bool TryReadOpportunity(CsvRow row, out int account, out OpportunityRecord record)
    {
        record = null!;
        var customer = row[OpportunityColumns.CustomerId];
        var owner = RecordOwner.OfOpportunity(row[OpportunityColumns.ParentAccountId], customer, _accounts.IndexOf(customer) >= 0);
        account = owner is null ? -1 : _accounts.IndexOf(owner);
        if (account < 0
            || !StateCodes.TryParseOpportunity(row[OpportunityColumns.StateCode], out var state)
            || !CsvNumbers.TryAmount(row[OpportunityColumns.ActualValue], out var actualValue)
            || !TryDate(row[OpportunityColumns.ActualCloseDate], out var actualClose)
            || !CsvNumbers.TryAmount(row[OpportunityColumns.EstimatedValue], out var estimatedValue)
            || !CsvNumbers.TryProbability(row[OpportunityColumns.CloseProbability], out var probability)
            || !TryDate(row[OpportunityColumns.EstimatedCloseDate], out var estimatedClose))
        {
            return false;
        }
        record = new OpportunityRecord
        {
            State = state,
            ActualValue = actualValue,
            ActualCloseDate = actualClose,
            EstimatedValue = estimatedValue,
            CloseProbability = probability,
            EstimatedCloseDate = estimatedClose,
        };
        return true;
    }

    internal bool TryReadInvoice(CsvRow row, out int account, out InvoiceRecord record)
    {
        record = null!;
        account = _accounts.IndexOf(row[InvoiceColumns.CustomerId]);
        if (account < 0
            || !StateCodes.TryParseInvoice(row[InvoiceColumns.StateCode], out var state)
            || !CsvNumbers.TryAmount(row[InvoiceColumns.TotalAmount], out var total)
            || !CsvNumbers.TryAmount(row[InvoiceColumns.TotalAmountLessFreight], out var net)
            || !TryDate(row[InvoiceColumns.DateDelivered], out var delivered)
            || !TryDate(row[InvoiceColumns.CreatedOn], out var created))
        {
            return false;
        }
        record = new InvoiceRecord
        {
            State = state,
            TotalAmount = total,
            TotalAmountLessFreight = net,
            DeliveredOn = delivered,
            CreatedOn = created,
        };
        return true;
    }

    private bool TryDate(string text, out DateTime? date)
    {
        date = null;
        if (text.Length == 0) return true;
        if (!CsvDates.TryParse(text, _zone, out var parsed)) return false;
        date = parsed;
        return true;
    }
}
