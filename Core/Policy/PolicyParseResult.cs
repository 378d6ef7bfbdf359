using System.Collections.Generic;

namespace CrmTiering.Core.Policy;

/// <summary>A parsed policy, or every problem found (R20).</summary>
public sealed class PolicyParseResult
{
    internal PolicyParseResult(TierPolicy? policy, IReadOnlyList<string> problems)
    {
        Policy = policy;
        Problems = problems;
    }

    /// <summary>Null when <see cref="Problems"/> is not empty.</summary>
    public TierPolicy? Policy { get; }

    public IReadOnlyList<string> Problems { get; }

    public bool IsValid => Policy is not null;
}
