namespace CrmTiering.Emulator.WebApi.Tests;

/// <summary>
/// A fact that needs tests/webapi-js installed (<c>npm ci</c>): skipped with the reason on a developer
/// machine without it, always run in CI (<c>CI=true</c>), where <c>.ci/run</c> installs it and a missing
/// client must fail rather than pass silently.
/// </summary>
public sealed class NodeClientFactAttribute : FactAttribute
{
    public const string SkipReason = "tests/webapi-js is not installed (cd tests/webapi-js && npm ci); this test runs in CI (CI=true)";

    public NodeClientFactAttribute()
    {
        if (!NodeClient.IsInstalled && !NodeClient.InContinuousIntegration) Skip = SkipReason;
    }
}
