namespace CrmTiering.Cli.Tests.Report;

/// <summary>
/// A fact that needs headless Chromium: skipped with the reason when the browser is absent on a
/// developer machine, but always run in CI (<c>CI=true</c>), where <c>.ci/run</c> installs it and
/// a missing browser must fail rather than pass silently.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string SkipReason = "chromium is not installed (apt-get install chromium); this browser test runs in CI (CI=true)";

    public ChromiumFactAttribute()
    {
        if (HeadlessChromium.Find() is null && !HeadlessChromium.InContinuousIntegration) Skip = SkipReason;
    }
}
