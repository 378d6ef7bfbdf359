using System;
using System.Collections.Generic;
using System.Linq;
using CrmTiering.Emulator.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Workflows;

/// <summary>When a background process starts: on Create of a table, or on Update of listed columns (none listed = any column).</summary>
public sealed class ProcessTrigger
{
    private ProcessTrigger(string message, string table, IReadOnlyList<string> columns)
    {
        Message = message;
        Table = string.IsNullOrEmpty(table) ? throw new ArgumentException("A trigger needs a table.", nameof(table)) : table;
        Columns = columns;
    }

    public string Message { get; }

    public string Table { get; }

    public IReadOnlyList<string> Columns { get; }

    public static ProcessTrigger OnCreate(string table) => new(StepMessages.Create, table, Array.Empty<string>());

    public static ProcessTrigger OnUpdate(string table, params string[] columns) => new(StepMessages.Update, table, columns ?? Array.Empty<string>());

    internal bool Watches(string message, string entity) => message == Message && entity == Table;

    internal bool FiresFor(Entity? target) =>
        Message != StepMessages.Update || Columns.Count == 0 || (target is not null && Columns.Any(target.Attributes.ContainsKey));
}
