namespace CrmTiering.Emulator.Security;

/// <summary>
/// How far a role's privilege reaches (the platform's access levels; the role XML of a solution
/// writes them as <c>level="Basic|Local|Deep|Global"</c>). Ordered: a deeper level covers every
/// row a shallower one does.
/// </summary>
public enum PrivilegeDepth
{
    /// <summary>Basic: rows the user owns or a team of the user owns.</summary>
    User,

    /// <summary>Local: rows owned in the user's business unit.</summary>
    BusinessUnit,

    /// <summary>Deep: rows owned in the user's business unit or any unit below it.</summary>
    ParentChildBusinessUnits,

    /// <summary>Global: every row.</summary>
    Organization,
}
