using System;
using System.Collections.Generic;

namespace CrmTiering.Emulator.Handlers;

/// <summary>
/// Handlers by message name. Open on purpose: the pipeline registers WinOpportunity, LoseOpportunity,
/// Merge and Custom API messages here; registering a name again replaces its handler.
/// </summary>
public sealed class RequestHandlerRegistry
{
    private readonly Dictionary<string, IRequestHandler> handlers = new(StringComparer.Ordinal);

    public void Register(IRequestHandler handler) => handlers[handler.MessageName] = handler;

    public bool TryGet(string messageName, out IRequestHandler handler) => handlers.TryGetValue(messageName, out handler!);

    public bool Handles(string messageName) => handlers.ContainsKey(messageName);

    public IEnumerable<string> Messages => handlers.Keys;
}
