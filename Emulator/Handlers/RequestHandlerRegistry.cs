using System;
using System.Collections.Generic;

namespace CrmTiering.Emulator.Handlers;

/// <summary>
/// Handlers by message name. Open on purpose: the pipeline registers WinOpportunity, LoseOpportunity,
/// Merge and Custom API messages here; registering a name again replaces its handler.
/// </summary>
public sealed class RequestHandlerRegistry
{
    private readonly Dictionary<string, IRequestHandler> _handlers = new(StringComparer.Ordinal);

    public void Register(IRequestHandler handler) => _handlers[handler.MessageName] = handler;

    public bool TryGet(string messageName, out IRequestHandler handler) => _handlers.TryGetValue(messageName, out handler!);

    public bool Handles(string messageName) => _handlers.ContainsKey(messageName);

    public IEnumerable<string> Messages => _handlers.Keys;
}
