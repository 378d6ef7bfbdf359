using System;

namespace CrmTiering.Core.Json;

internal sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(string problem, int position)
        : base(problem)
    {
        Problem = problem;
        Position = position;
    }

    public string Problem { get; }

    /// <summary>Zero-based character offset where reading stopped.</summary>
    public int Position { get; }
}
