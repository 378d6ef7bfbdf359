namespace CrmTiering.Cli;

/// <summary>Process exit codes of <c>crmtiering</c>.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Unexpected failure (a bug): the message is still one line, with the exception type.</summary>
    public const int Failure = 1;

    /// <summary>A user mistake: bad file, header, policy, date or option.</summary>
    public const int UserMistake = 2;
}
