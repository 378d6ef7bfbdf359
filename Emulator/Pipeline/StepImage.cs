using System;
using System.Collections.Generic;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>An entity image a step registers: its alias, pre/post, and the columns it holds (none = all).</summary>
public sealed class StepImage
{
    public StepImage(string name, ImageTiming timing, params string[] columns)
    {
        Name = string.IsNullOrEmpty(name) ? throw new ArgumentException("An image needs a name (its alias).", nameof(name)) : name;
        Timing = timing;
        Columns = columns ?? Array.Empty<string>();
    }

    /// <summary>Key in PreEntityImages / PostEntityImages.</summary>
    public string Name { get; }

    public ImageTiming Timing { get; }

    /// <summary>Only these columns (those with a value) appear in the image; empty means every column, as on the platform.</summary>
    public IReadOnlyList<string> Columns { get; }

    public bool IsPre => Timing is ImageTiming.Pre or ImageTiming.Both;

    public bool IsPost => Timing is ImageTiming.Post or ImageTiming.Both;
}
