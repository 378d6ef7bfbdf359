namespace CrmTiering.Cli.Input;

/// <summary>Logical names of the user (systemuser) export's columns.</summary>
public static class UserColumns
{
    public const string SystemUserId = "systemuserid";
    public const string FullName = "fullname";
    public const string ParentSystemUserId = "parentsystemuserid";
    public const string IsDisabled = "isdisabled";
}
