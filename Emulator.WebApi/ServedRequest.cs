namespace CrmTiering.Emulator.WebApi;

/// <summary>
/// One HTTP request as the facade received it, for tests that assert how a client asks (the columns it
/// selects, its filters, its Prefer header) and what it was answered.
/// </summary>
public sealed record ServedRequest(string Method, string PathAndQuery, string? Prefer, int Status);
