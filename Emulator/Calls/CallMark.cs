namespace CrmTiering.Emulator.Calls;

/// <summary>A position in the call log, to look only at the calls made after it.</summary>
public readonly record struct CallMark(int Position);
