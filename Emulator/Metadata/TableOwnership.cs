namespace CrmTiering.Emulator.Metadata;

/// <summary>Who owns a table's rows, which decides how read depth applies.</summary>
public enum TableOwnership
{
    /// <summary>Rows have ownerid / owningbusinessunit; read depth User / BusinessUnit / Organization applies.</summary>
    User,

    /// <summary>No owner column; any read depth above None sees every row (as the platform allows only None or Organization).</summary>
    Organization,
}
