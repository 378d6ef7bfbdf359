using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

public sealed class ColumnSet : IExtensibleDataObject
{
    private DataCollection<string> _columns;

    public ColumnSet()
    {
    }

    public ColumnSet(bool allColumns)
    {
        AllColumns = allColumns;
    }

    public ColumnSet(params string[] columns)
    {
        AddColumns(columns);
    }

    public bool AllColumns { get; set; }

    public DataCollection<string> Columns => _columns ??= new DataCollection<string>();

    public ExtensionDataObject ExtensionData { get; set; }

    public void AddColumns(params string[] columns)
    {
        Columns.AddRange(columns);
    }

    public void AddColumn(string column)
    {
        Columns.Add(column);
    }
}
