namespace CrmTiering.Emulator.Pipeline;

/// <summary>One line a plugin or activity wrote through ITracingService, with who wrote it.</summary>
public sealed record TraceEntry(string Source, string MessageName, string Text)
{
    public override string ToString() => $"[{Source}] {Text}";
}
