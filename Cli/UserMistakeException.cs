using System;

namespace CrmTiering.Cli;

/// <summary>
/// Something the user can fix (a missing file, a bad header, policy, date or option). The command
/// line prints its message as one line on stderr and exits with code 2, never a stack trace.
/// </summary>
public sealed class UserMistakeException : Exception
{
    public UserMistakeException(string message)
        : base(message)
    {
    }
}
