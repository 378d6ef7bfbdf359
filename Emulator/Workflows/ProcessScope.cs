namespace CrmTiering.Emulator.Workflows;

/// <summary>Which records a background process applies to, relative to its owner; the numbers are the platform's workflow <c>scope</c> values.</summary>
public enum ProcessScope
{
    /// <summary>Records owned by the process owner.</summary>
    User = 1,

    /// <summary>Records in the owner's business unit.</summary>
    BusinessUnit = 2,

    /// <summary>Records in the owner's business unit or any unit below it.</summary>
    ParentChildBusinessUnits = 3,

    /// <summary>Every record (the only scope that matches organization-owned tables).</summary>
    Organization = 4,
}
