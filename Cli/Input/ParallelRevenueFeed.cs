using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CrmTiering.Cli.Csv;
using CrmTiering.Cli.Output;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;

namespace CrmTiering.Cli.Input;

/// <summary>
/// The opportunity and invoice files read on every core at once into <see cref="RevenueLedger"/>s:
/// each thread takes record-aligned chunks (<see cref="CsvChunkSource"/>) of the opportunities,
/// then of the invoices, reads the common value shapes straight from the bytes
/// (<see cref="Utf8Values"/>) and any other row through <see cref="RevenueFeed"/>'s text rules, so
/// which rows count and which are skipped is exactly as there. Each thread fills its own ledgers;
/// they are added together at the end. Files that are not UTF-8, and an org's tables (<c>--org</c>),
/// go through <see cref="RevenueFeed"/> row by row into the same ledgers.
/// </summary>
public sealed class ParallelRevenueFeed
{
    private readonly AccountBook _accounts;
    private readonly PolicyTimeZone _zone;
    private readonly RevenueFeed _rows;
    private readonly int _chunkBytes;
    private readonly int _threads;

    public ParallelRevenueFeed(AccountBook accounts, PolicyTimeZone zone)
        : this(accounts, zone, CsvChunkSource.BlockSize, Threads)
    {
    }

    /// <summary>With chunk size and thread count chosen (tests cut records everywhere with small chunks).</summary>
    internal ParallelRevenueFeed(AccountBook accounts, PolicyTimeZone zone, int chunkBytes, int threads)
    {
        _chunkBytes = chunkBytes;
        _threads = threads;
        _accounts = accounts;
        _zone = zone;
        _rows = new RevenueFeed(accounts, zone);
    }

    /// <summary>Threads used: one per core, at most four (beyond that the disk and memory bandwidth bound the reading).</summary>
    public static int Threads => Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>The opportunities and invoices of a run's source: CSV files (read with their <c>--map</c>) or an org's tables.</summary>
    /// <param name="ledgers">One ledger per policy; filled.</param>
    /// <param name="only">When at least 0, only that account's records are added (every row is still checked).</param>
    public SkippedRows Stream(ITieringSource source, IReadOnlyList<RevenueLedger> ledgers, int only, RowProgress progress)
    {
        using var opportunities = source.OpenOpportunities();
        RevenueFeed.CheckOpportunities(opportunities);
        using var invoices = source.OpenInvoices();
        if (invoices is not null) RevenueFeed.CheckInvoices(invoices);
        return Stream(opportunities, invoices, ledgers, only, progress);
    }

    /// <param name="ledgers">One ledger per policy; filled.</param>
    /// <param name="only">When at least 0, only that account's records are added (every row is still checked).</param>
    public SkippedRows Stream(string opportunitiesPath, string? invoicesPath, IReadOnlyList<RevenueLedger> ledgers, int only, ColumnMap? map, RowProgress progress)
    {
        using var opportunities = RevenueFeed.OpenOpportunities(opportunitiesPath, map);
        using var invoices = invoicesPath is null ? null : RevenueFeed.OpenInvoices(invoicesPath, map);
        return Stream(opportunities, invoices, ledgers, only, progress);
    }

    // UTF-8 files are cut into byte chunks and read on every core; any other table (a UTF-16 file,
    // an org's pages) is read row by row through RevenueFeed's rules into the same ledgers.
    private SkippedRows Stream(IInputTable opportunityTable, IInputTable? invoiceTable, IReadOnlyList<RevenueLedger> ledgers, int only, RowProgress progress)
    {
        if (opportunityTable is not CsvFile { IsUtf8: true } opportunities
            || (invoiceTable is not null && invoiceTable is not CsvFile { IsUtf8: true }))
        {
            return StreamAsText(opportunityTable, invoiceTable, ledgers, only, progress);
        }
        var invoices = (CsvFile?)invoiceTable;

        var opportunityChunks = opportunities.Chunks(_chunkBytes);
        var invoiceChunks = invoices?.Chunks(_chunkBytes);
        var parts = Enumerable.Range(0, _threads).Select(i => new Part(this, ledgers, i == 0, only)).ToArray();
        var tasks = parts.Select(part => Task.Run(() =>
        {
            part.Read(opportunities, opportunityChunks, isOpportunity: true, progress);
            if (invoices is not null) part.Read(invoices, invoiceChunks!, isOpportunity: false, progress);
        })).ToArray();
        try
        {
            Task.WaitAll(tasks);
        }
        catch (AggregateException e) when (e.InnerExceptions.FirstOrDefault(inner => inner is UserMistakeException) is { } mistake)
        {
            throw mistake;
        }

        var skipped = new SkippedRows();
        foreach (var part in parts)
        {
            skipped.Absorb(part.Skipped);
            if (part.OwnsLedgers) continue;
            for (var p = 0; p < ledgers.Count; p++) ledgers[p].Absorb(part.Ledgers[p]);
        }
        return skipped;
    }

    private SkippedRows StreamAsText(IInputTable opportunities, IInputTable? invoices, IReadOnlyList<RevenueLedger> ledgers, int only, RowProgress progress) =>
        _rows.Stream(
            opportunities,
            invoices,
            (account, o) =>
            {
                progress.Advance();
                if (only >= 0 && account != only) return;
                foreach (var ledger in ledgers) ledger.Add(account, o.State, o.ActualValue, o.ActualCloseDate, o.EstimatedValue, o.CloseProbability, o.EstimatedCloseDate);
            },
            (account, i) =>
            {
                progress.Advance();
                if (only >= 0 && account != only) return;
                foreach (var ledger in ledgers) ledger.Add(account, i.State, i.TotalAmount, i.TotalAmountLessFreight, i.DeliveredOn, i.CreatedOn);
            });

    /// <summary>One thread's share: its ledgers, its skipped count, its record splitter.</summary>
    private sealed class Part
    {
        private const int ProgressEvery = 1 << 14;
        private readonly ParallelRevenueFeed _feed;
        private readonly int _only;
        // Rows read but not yet added: enough for the id lookups' cache misses to overlap, few enough to stay in cache.
        private const int BatchSize = 256;
        private readonly CsvByteRecords _records = new();
        private readonly OpportunityRow[] _opportunities = new OpportunityRow[BatchSize];
        private readonly InvoiceRow[] _invoices = new InvoiceRow[BatchSize];
        private readonly int[] _positions = new int[BatchSize];
        private byte[] _buffer = Array.Empty<byte>();
        private int _batched;
        // Where the touched values go: a read whose result is kept somewhere is not optimised away.
        private int _touched;

        public Part(ParallelRevenueFeed feed, IReadOnlyList<RevenueLedger> ledgers, bool ownsLedgers, int only)
        {
            _feed = feed;
            _only = only;
            OwnsLedgers = ownsLedgers;
            Ledgers = ownsLedgers ? ledgers.ToArray() : ledgers.Select(l => l.EmptyCopy()).ToArray();
        }

        public bool OwnsLedgers { get; }

        public RevenueLedger[] Ledgers { get; }

        public SkippedRows Skipped { get; } = new();

        public void Read(CsvFile file, CsvChunkSource chunks, bool isOpportunity, RowProgress progress)
        {
            object columns = isOpportunity ? OpportunityIndexes.Of(file) : InvoiceIndexes.Of(file);
            var pending = 0;
            while (chunks.TryTake(ref _buffer, out var length, out var line, out var last))
            {
                _records.Reset(_buffer, length, line, last);
                try
                {
                    while (_records.Next())
                    {
                        if (isOpportunity) Opportunity(file, (OpportunityIndexes)columns);
                        else Invoice(file, (InvoiceIndexes)columns);
                        if (_batched == BatchSize) Flush(isOpportunity);
                        if (++pending == ProgressEvery)
                        {
                            progress.Advance(pending);
                            pending = 0;
                        }
                    }
                }
                catch (CsvFormatException e)
                {
                    throw new UserMistakeException(string.Format(CliMessages.MalformedCsv, file.Label, e.Message));
                }
            }
            Flush(isOpportunity);
            progress.Advance(pending);
        }

        // The batch's ids are resolved in one tight loop, then its rows are added; sums do not
        // depend on the order of the records, so rows read the slow way meanwhile change nothing.
        private void Flush(bool isOpportunity)
        {
            var accounts = _feed._accounts;
            for (var i = 0; i < _batched; i++) _positions[i] = accounts.Resolve(isOpportunity ? _opportunities[i].Account : _invoices[i].Account);
            var touched = 0;
            foreach (var ledger in Ledgers)
            {
                for (var i = 0; i < _batched; i++) touched |= _positions[i] >= 0 ? ledger.Touch(_positions[i]) : 0;
            }
            _touched = touched;
            for (var i = 0; i < _batched; i++)
            {
                var account = _positions[i];
                // An id that is not empty: the row is not blank, so an unknown account is a skipped row.
                if (account < 0)
                {
                    if (isOpportunity) Skipped.SkipOpportunity();
                    else Skipped.SkipInvoice();
                    continue;
                }
                if (_only >= 0 && account != _only) continue;
                if (isOpportunity)
                {
                    ref readonly var o = ref _opportunities[i];
                    foreach (var ledger in Ledgers) ledger.Add(account, o.State, o.ActualValue, o.ActualClose, o.EstimatedValue, o.Probability, o.EstimatedClose);
                }
                else
                {
                    ref readonly var v = ref _invoices[i];
                    foreach (var ledger in Ledgers) ledger.Add(account, v.State, v.Total, v.Net, v.Delivered, v.Created);
                }
            }
            _batched = 0;
        }

        private void Opportunity(CsvFile file, OpportunityIndexes c)
        {
            var r = _records;
            if (!Utf8Values.Trim(r[c.Parent], out var parent) || !Utf8Values.Trim(r[c.Customer], out var customer))
            {
                SlowOpportunity(file);
                return;
            }
            // R4: the parent account, else the customer when it is an account.
            var id = parent.Length > 0 ? parent : customer;
            if (id.Length == 0)
            {
                Skip(file, opportunity: true);
                return;
            }
            if (!Utf8Values.Trim(r[c.State], out var stateText) || !Utf8Values.State(stateText, 2, out var state)
                || !Utf8Values.Trim(r[c.ActualValue], out var actualText) || !Utf8Values.Amount(actualText, out var actual)
                || !Utf8Values.Trim(r[c.ActualClose], out var closeText) || !Utf8Values.Date(closeText, _feed._zone, out var close)
                || !Utf8Values.Trim(r[c.EstimatedValue], out var estimatedText) || !Utf8Values.Amount(estimatedText, out var estimated)
                || !Utf8Values.Trim(r[c.Probability], out var probabilityText) || !Utf8Values.Probability(probabilityText, out var probability)
                || !Utf8Values.Trim(r[c.EstimatedClose], out var estimatedCloseText) || !Utf8Values.Date(estimatedCloseText, _feed._zone, out var estimatedClose))
            {
                if (_feed._accounts.IndexOf(id) < 0) Skip(file, opportunity: true);
                else SlowOpportunity(file);
                return;
            }
            _opportunities[_batched++] = new OpportunityRow(_feed._accounts.Read(id), (OpportunityState)state, actual, close, estimated, probability, estimatedClose);
        }

        private void Invoice(CsvFile file, InvoiceIndexes c)
        {
            var r = _records;
            if (!Utf8Values.Trim(r[c.Customer], out var customer))
            {
                SlowInvoice(file);
                return;
            }
            if (customer.Length == 0)
            {
                Skip(file, opportunity: false);
                return;
            }
            if (!Utf8Values.Trim(r[c.State], out var stateText) || !Utf8Values.State(stateText, 3, out var state)
                || !Utf8Values.Trim(r[c.Total], out var totalText) || !Utf8Values.Amount(totalText, out var total)
                || !Utf8Values.Trim(r[c.Net], out var netText) || !Utf8Values.Amount(netText, out var net)
                || !Utf8Values.Trim(r[c.Delivered], out var deliveredText) || !Utf8Values.Date(deliveredText, _feed._zone, out var delivered)
                || !Utf8Values.Trim(r[c.Created], out var createdText) || !Utf8Values.Date(createdText, _feed._zone, out var created))
            {
                if (_feed._accounts.IndexOf(customer) < 0) Skip(file, opportunity: false);
                else SlowInvoice(file);
                return;
            }
            _invoices[_batched++] = new InvoiceRow(_feed._accounts.Read(customer), (InvoiceState)state, total, net, delivered, created);
        }

        // A row the fast readers do not handle: read as text by the same rules as RevenueFeed.
        private void SlowOpportunity(CsvFile file)
        {
            var row = file.RowOf(_records);
            if (row.IsBlank) return;
            if (!_feed._rows.TryReadOpportunity(row, out var account, out var o))
            {
                Skipped.SkipOpportunity();
                return;
            }
            if (_only >= 0 && account != _only) return;
            foreach (var ledger in Ledgers) ledger.Add(account, o.State, o.ActualValue, o.ActualCloseDate, o.EstimatedValue, o.CloseProbability, o.EstimatedCloseDate);
        }

        private void SlowInvoice(CsvFile file)
        {
            var row = file.RowOf(_records);
            if (row.IsBlank) return;
            if (!_feed._rows.TryReadInvoice(row, out var account, out var i))
            {
                Skipped.SkipInvoice();
                return;
            }
            if (_only >= 0 && account != _only) return;
            foreach (var ledger in Ledgers) ledger.Add(account, i.State, i.TotalAmount, i.TotalAmountLessFreight, i.DeliveredOn, i.CreatedOn);
        }

        // An unusable row — unless it is blank, which the text reader never even yields.
        private void Skip(CsvFile file, bool opportunity)
        {
            if (file.RowOf(_records).IsBlank) return;
            if (opportunity) Skipped.SkipOpportunity();
            else Skipped.SkipInvoice();
        }
    }

    private readonly record struct OpportunityRow(
        AccountIdTable.PendingId Account, OpportunityState State, decimal? ActualValue, DateTime? ActualClose, decimal? EstimatedValue, int? Probability, DateTime? EstimatedClose);

    private readonly record struct InvoiceRow(
        AccountIdTable.PendingId Account, InvoiceState State, decimal? Total, decimal? Net, DateTime? Delivered, DateTime? Created);

    private sealed record OpportunityIndexes(int Parent, int Customer, int State, int ActualValue, int ActualClose, int EstimatedValue, int Probability, int EstimatedClose)
    {
        public static OpportunityIndexes Of(CsvFile file) => new(
            file.IndexOf(OpportunityColumns.ParentAccountId), file.IndexOf(OpportunityColumns.CustomerId), file.IndexOf(OpportunityColumns.StateCode),
            file.IndexOf(OpportunityColumns.ActualValue), file.IndexOf(OpportunityColumns.ActualCloseDate), file.IndexOf(OpportunityColumns.EstimatedValue),
            file.IndexOf(OpportunityColumns.CloseProbability), file.IndexOf(OpportunityColumns.EstimatedCloseDate));
    }

    private sealed record InvoiceIndexes(int Customer, int State, int Total, int Net, int Delivered, int Created)
    {
        public static InvoiceIndexes Of(CsvFile file) => new(
            file.IndexOf(InvoiceColumns.CustomerId), file.IndexOf(InvoiceColumns.StateCode), file.IndexOf(InvoiceColumns.TotalAmount),
            file.IndexOf(InvoiceColumns.TotalAmountLessFreight), file.IndexOf(InvoiceColumns.DateDelivered), file.IndexOf(InvoiceColumns.CreatedOn));
    }
}
