using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmTiering.Core.Policy;

/// <summary>A policy with problems; the message lists them all, one per line.</summary>
public sealed class InvalidPolicyException : Exception
{
    public InvalidPolicyException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems.Any() ? problems : new[] { PolicyMessages.Empty }))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }
}
