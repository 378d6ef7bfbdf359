using System;
using System.Collections.Generic;
using CrmTiering.Cli.Csv;

namespace CrmTiering.Cli.Input;

/// <summary>
/// A table of input records read by logical column name, front to back, once: an exported CSV file
/// (<see cref="CsvFile"/>) or a table read from a live org over the Web API (Org/OrgTable). The row
/// readers (accounts, opportunities, invoices, users) take either, so both give Core the same facts.
/// </summary>
public interface IInputTable : IDisposable
{
    /// <summary>The name used in messages (a file name, or the table and the org).</summary>
    string Label { get; }

    /// <summary>Fails with a header message unless every column is present.</summary>
    void Require(params string[] columns);

    /// <summary>Fails with a header message unless at least one of the columns is present.</summary>
    void RequireOneOf(params string[] columns);

    /// <summary>The data rows. Read once.</summary>
    IEnumerable<CsvRow> Rows();
}
