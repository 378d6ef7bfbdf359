namespace CrmTiering.Emulator.Security;

/// <summary>What a table privilege allows; the privilege's name is <c>prv{Action}{table}</c>.</summary>
public enum PrivilegeAction
{
    Create,
    Read,
    Write,
    Delete,
    Append,
    AppendTo,
    Assign,
    Share,
}
