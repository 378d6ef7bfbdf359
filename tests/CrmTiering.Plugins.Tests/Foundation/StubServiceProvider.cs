using System;
using System.Collections.Generic;

namespace CrmTiering.Plugins.Tests.Foundation;

/// <summary>Serves the given services by their interface type, as the plug-in host does.</summary>
public sealed class StubServiceProvider : IServiceProvider
{
    private readonly Dictionary<Type, object> _services = new Dictionary<Type, object>();

    public StubServiceProvider With<T>(T service) where T : class
    {
        _services[typeof(T)] = service;
        return this;
    }

    public object? GetService(Type serviceType) => _services.TryGetValue(serviceType, out var service) ? service : null;
}
