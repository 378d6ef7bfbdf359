using System;
using System.Globalization;
using System.Linq;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Time;

namespace CrmTiering.Core.Tests.Time;

/// <summary>The policy names Windows time-zone ids only, on every OS, so the CLI accepts what the sandbox accepts.</summary>
public sealed class WindowsTimeZoneTests
{
    private const string ThreeTiers = "\"tiers\":[{\"name\":\"Tier 1\",\"minRevenue\":500},{\"name\":\"Tier 2\",\"minRevenue\":100},{\"name\":\"Tier 3\",\"minRevenue\":0}]";

    private static PolicyParseResult WithZone(string id) => TierPolicy.TryParse("{" + ThreeTiers + ",\"timeZone\":\"" + id + "\"}");

    private static string F(string message, params object[] args) => string.Format(CultureInfo.InvariantCulture, message, args);

    [Fact]
    public void Every_listed_windows_id_resolves_here_and_converts_to_an_iana_id()
    {
        Assert.InRange(WindowsTimeZones.All.Count, 130, 150);
        Assert.All(WindowsTimeZones.All, zone =>
        {
            Assert.True(TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out _), zone.Id);
            Assert.True(PolicyTimeZone.TryFind(zone.Id, out var found), zone.Id);
            Assert.Equal(zone.Id, found.Id);
        });
    }

    [Fact]
    public void Every_listed_iana_id_is_the_runtimes_match_for_its_windows_id() =>
        Assert.All(WindowsTimeZones.All.SelectMany(zone => zone.IanaIds.Select(iana => (zone.Id, iana))), pair =>
        {
            Assert.True(TimeZoneInfo.TryConvertIanaIdToWindowsId(pair.iana, out var windows), pair.iana);
            Assert.Equal(pair.Id, windows);
        });

    [Fact]
    public void Every_windows_id_the_runtime_maps_an_installed_zone_to_is_listed()
    {
        var unlisted = TimeZoneInfo.GetSystemTimeZones()
            .Select(zone => TimeZoneInfo.TryConvertIanaIdToWindowsId(zone.Id, out var windows) ? windows : null)
            .Where(windows => windows is not null && WindowsTimeZones.Find(windows) is null)
            .Distinct()
            .ToList();

        Assert.Empty(unlisted);
    }

    [Fact]
    public void Windows_ids_are_listed_once_ignoring_case() =>
        Assert.Equal(WindowsTimeZones.All.Count, WindowsTimeZones.All.Select(zone => zone.Id.ToUpperInvariant()).Distinct().Count());

    [Theory]
    [InlineData("UTC")]
    [InlineData("W. Europe Standard Time")]
    [InlineData("Eastern Standard Time")]
    [InlineData("India Standard Time")]
    [InlineData("UTC+12")]
    public void A_windows_id_is_accepted(string id) => Assert.Equal(id, TierPolicy.Parse("{" + ThreeTiers + ",\"timeZone\":\"" + id + "\"}").TimeZone.Id);

    [Theory]
    [InlineData("utc", "UTC")]
    [InlineData("w. europe standard time", "W. Europe Standard Time")]
    [InlineData("PACIFIC STANDARD TIME", "Pacific Standard Time")]
    public void Case_is_ignored_as_on_windows_and_the_registry_spelling_is_kept(string id, string kept) =>
        Assert.Equal(kept, TierPolicy.Parse("{" + ThreeTiers + ",\"timeZone\":\"" + id + "\"}").TimeZone.Id);

    [Fact]
    public void An_iana_id_is_refused_although_this_os_could_resolve_it()
    {
        Assert.Equal("Europe/Berlin", TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin").Id);

        Assert.False(PolicyTimeZone.TryFind("Europe/Berlin", out _));
        Assert.Equal("timeZone \"Europe/Berlin\" is an IANA id; use the Windows id \"W. Europe Standard Time\".", Assert.Single(WithZone("Europe/Berlin").Problems));
    }

    [Theory]
    [InlineData("Europe/Vienna", "W. Europe Standard Time")]
    [InlineData("Asia/Kolkata", "India Standard Time")]
    [InlineData("america/new_york", "Eastern Standard Time")]
    [InlineData("Etc/UTC", "UTC")]
    public void An_iana_id_is_refused_naming_the_windows_id_to_use(string iana, string windows) =>
        Assert.Equal(F(PolicyMessages.IanaTimeZone, iana, windows), Assert.Single(WithZone(iana).Problems));

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("CET")]
    [InlineData(" UTC")]
    [InlineData("")]
    public void An_id_neither_windows_nor_known_iana_is_refused_saying_where_the_ids_are(string id)
    {
        var problem = Assert.Single(WithZone(id).Problems);

        Assert.Equal(F(PolicyMessages.UnknownTimeZone, id), problem);
        Assert.Contains("tzutil /l", problem);
    }
}
