namespace CrmTiering.Cli.Simulate;

/// <summary>
/// How <c>simulate --serve</c> serves the simulated org: the loopback port (0 = a free one), the bearer
/// token every request must carry (null = no check, only with <c>--no-auth</c>), and the injected
/// service-protection fault (every Nth request answered 429).
/// </summary>
public sealed record ServeSettings(int Port, string? AccessToken, int? ThrottleEvery, int RetryAfterSeconds = 1);
