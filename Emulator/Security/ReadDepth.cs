namespace CrmTiering.Emulator.Security;

/// <summary>How far a user's read privilege on a table reaches (the platform's access levels).</summary>
public enum ReadDepth
{
    /// <summary>No read privilege: the user sees no row of the table.</summary>
    None,

    /// <summary>Basic: rows the user owns or a team of the user owns.</summary>
    User,

    /// <summary>Local: rows owned in the user's business unit.</summary>
    BusinessUnit,

    /// <summary>Global: every row.</summary>
    Organization,
}
