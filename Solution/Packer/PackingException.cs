using System;

namespace CrmTiering.Solution.Packer;

/// <summary>Bad input to the packer: the message says what to fix. The CLI prints it and exits with 2.</summary>
public sealed class PackingException : Exception
{
    public PackingException(string message)
        : base(message)
    {
    }
}
