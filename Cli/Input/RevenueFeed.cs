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

    public SkippedRows Stream(string opportunitiesPath, string? invoicesPath, Action<int, OpportunityRecord> opportunity, Action<int, InvoiceRecord> invoice, ColumnMap? map = null)
    {
        var skipped = new SkippedRows();
        using (var file = OpenOpportunities(opportunitiesPath, map))
        {
            foreach (var row in file.Rows())
            {
                if (TryReadOpportunity(row, out var account, out var record)) opportunity(account, record);
                else skipped.SkipOpportunity();
            }
        }
        if (invoicesPath is null) return skipped;
        using (var file = OpenInvoices(invoicesPath, map))
        {
            foreach (var row in file.Rows())
            {
                if (TryReadInvoice(row, out var account, out var record)) invoice(account, record);
                else skipped.SkipInvoice();
            }
        }
        return skipped;
    }

    /// <summary>Opens the opportunities file and checks its header.</summary>
    internal static CsvFile OpenOpportunities(string path, ColumnMap? map)
    {
        var file = CsvFile.Open(path, map?.For(InputColumns.Opportunities));
        try
        {
            file.Require(OpportunityColumns.StateCode);
            file.RequireOneOf(OpportunityColumns.ParentAccountId, OpportunityColumns.CustomerId);
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Opens the invoices file and checks its header.</summary>
    internal static CsvFile OpenInvoices(string path, ColumnMap? map)
    {
        var file = CsvFile.Open(path, map?.For(InputColumns.Invoices));
        try
        {
            file.Require(InvoiceColumns.CustomerId, InvoiceColumns.StateCode);
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
