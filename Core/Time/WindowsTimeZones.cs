using System;
using System.Collections.Generic;

namespace CrmTiering.Core.Time;

/// <summary>
/// The Windows time-zone ids a policy may name, as data: .NET Framework (the plugin sandbox) knows
/// only these, while .NET on Linux would also accept IANA ids the server then refuses, so both
/// sides check this list before resolving. Ids as in the Windows registry and CLDR's windowsZones
/// mapping, in the registry's west-to-east order; the two "- Old" zones (Mid-Atlantic, Kamchatka)
/// are left out because CLDR, and so .NET on Linux, cannot resolve them. Matched ignoring case,
/// as Windows does. A test checks every entry against the runtime's Windows-to-IANA conversion.
/// </summary>
public static class WindowsTimeZones
{
    public static IReadOnlyList<WindowsTimeZone> All { get; } = new[]
    {
        new WindowsTimeZone("Dateline Standard Time", "Etc/GMT+12"),
        new WindowsTimeZone("UTC-11", "Etc/GMT+11"),
        new WindowsTimeZone("Aleutian Standard Time", "America/Adak"),
        new WindowsTimeZone("Hawaiian Standard Time", "Pacific/Honolulu"),
        new WindowsTimeZone("Marquesas Standard Time", "Pacific/Marquesas"),
        new WindowsTimeZone("Alaskan Standard Time", "America/Anchorage"),
        new WindowsTimeZone("UTC-09", "Etc/GMT+9"),
        new WindowsTimeZone("Pacific Standard Time (Mexico)", "America/Tijuana"),
        new WindowsTimeZone("UTC-08", "Etc/GMT+8"),
        new WindowsTimeZone("Pacific Standard Time", "America/Los_Angeles", "America/Vancouver"),
        new WindowsTimeZone("US Mountain Standard Time", "America/Phoenix"),
        new WindowsTimeZone("Mountain Standard Time (Mexico)", "America/Mazatlan"),
        new WindowsTimeZone("Mountain Standard Time", "America/Denver", "America/Edmonton", "America/Boise"),
        new WindowsTimeZone("Yukon Standard Time", "America/Whitehorse"),
        new WindowsTimeZone("Central America Standard Time", "America/Guatemala", "America/Costa_Rica", "America/El_Salvador"),
        new WindowsTimeZone("Central Standard Time", "America/Chicago", "America/Winnipeg"),
        new WindowsTimeZone("Easter Island Standard Time", "Pacific/Easter"),
        new WindowsTimeZone("Central Standard Time (Mexico)", "America/Mexico_City", "America/Monterrey", "America/Merida"),
        new WindowsTimeZone("Canada Central Standard Time", "America/Regina"),
        new WindowsTimeZone("SA Pacific Standard Time", "America/Bogota", "America/Lima", "America/Panama", "America/Jamaica"),
        new WindowsTimeZone("Eastern Standard Time (Mexico)", "America/Cancun"),
        new WindowsTimeZone("Eastern Standard Time", "America/New_York", "America/Toronto", "America/Detroit", "America/Nassau"),
        new WindowsTimeZone("Haiti Standard Time", "America/Port-au-Prince"),
        new WindowsTimeZone("Cuba Standard Time", "America/Havana"),
        new WindowsTimeZone("US Eastern Standard Time", "America/Indianapolis", "America/Indiana/Indianapolis"),
        new WindowsTimeZone("Turks And Caicos Standard Time", "America/Grand_Turk"),
        new WindowsTimeZone("Paraguay Standard Time", "America/Asuncion"),
        new WindowsTimeZone("Atlantic Standard Time", "America/Halifax"),
        new WindowsTimeZone("Venezuela Standard Time", "America/Caracas"),
        new WindowsTimeZone("Central Brazilian Standard Time", "America/Cuiaba"),
        new WindowsTimeZone("SA Western Standard Time", "America/La_Paz", "America/Puerto_Rico", "America/Santo_Domingo"),
        new WindowsTimeZone("Pacific SA Standard Time", "America/Santiago"),
        new WindowsTimeZone("Newfoundland Standard Time", "America/St_Johns"),
        new WindowsTimeZone("Tocantins Standard Time", "America/Araguaina"),
        new WindowsTimeZone("E. South America Standard Time", "America/Sao_Paulo"),
        new WindowsTimeZone("SA Eastern Standard Time", "America/Cayenne"),
        new WindowsTimeZone("Argentina Standard Time", "America/Buenos_Aires", "America/Argentina/Buenos_Aires"),
        new WindowsTimeZone("Greenland Standard Time", "America/Godthab", "America/Nuuk"),
        new WindowsTimeZone("Montevideo Standard Time", "America/Montevideo"),
        new WindowsTimeZone("Magallanes Standard Time", "America/Punta_Arenas"),
        new WindowsTimeZone("Saint Pierre Standard Time", "America/Miquelon"),
        new WindowsTimeZone("Bahia Standard Time", "America/Bahia"),
        new WindowsTimeZone("UTC-02", "Etc/GMT+2"),
        new WindowsTimeZone("Azores Standard Time", "Atlantic/Azores"),
        new WindowsTimeZone("Cape Verde Standard Time", "Atlantic/Cape_Verde"),
        new WindowsTimeZone("UTC", "Etc/UTC", "Etc/GMT"),
        new WindowsTimeZone("GMT Standard Time", "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Atlantic/Canary"),
        new WindowsTimeZone("Greenwich Standard Time", "Atlantic/Reykjavik", "Africa/Abidjan", "Africa/Accra", "Africa/Dakar"),
        new WindowsTimeZone("Sao Tome Standard Time", "Africa/Sao_Tome"),
        new WindowsTimeZone("Morocco Standard Time", "Africa/Casablanca"),
        new WindowsTimeZone("W. Europe Standard Time", "Europe/Berlin", "Europe/Amsterdam", "Europe/Rome", "Europe/Stockholm", "Europe/Oslo", "Europe/Vienna", "Europe/Zurich", "Europe/Luxembourg", "Europe/Monaco", "Europe/Malta"),
        new WindowsTimeZone("Central Europe Standard Time", "Europe/Budapest", "Europe/Prague", "Europe/Belgrade", "Europe/Bratislava", "Europe/Ljubljana"),
        new WindowsTimeZone("Romance Standard Time", "Europe/Paris", "Europe/Brussels", "Europe/Copenhagen", "Europe/Madrid"),
        new WindowsTimeZone("Central European Standard Time", "Europe/Warsaw", "Europe/Zagreb", "Europe/Sarajevo", "Europe/Skopje"),
        new WindowsTimeZone("W. Central Africa Standard Time", "Africa/Lagos", "Africa/Algiers", "Africa/Tunis", "Africa/Kinshasa"),
        new WindowsTimeZone("Jordan Standard Time", "Asia/Amman"),
        new WindowsTimeZone("GTB Standard Time", "Europe/Bucharest", "Europe/Athens", "Asia/Nicosia"),
        new WindowsTimeZone("Middle East Standard Time", "Asia/Beirut"),
        new WindowsTimeZone("Egypt Standard Time", "Africa/Cairo"),
        new WindowsTimeZone("E. Europe Standard Time", "Europe/Chisinau"),
        new WindowsTimeZone("Syria Standard Time", "Asia/Damascus"),
        new WindowsTimeZone("West Bank Standard Time", "Asia/Hebron"),
        new WindowsTimeZone("South Africa Standard Time", "Africa/Johannesburg", "Africa/Maputo", "Africa/Harare"),
        new WindowsTimeZone("FLE Standard Time", "Europe/Kiev", "Europe/Kyiv", "Europe/Helsinki", "Europe/Riga", "Europe/Sofia", "Europe/Tallinn", "Europe/Vilnius"),
        new WindowsTimeZone("Israel Standard Time", "Asia/Jerusalem"),
        new WindowsTimeZone("South Sudan Standard Time", "Africa/Juba"),
        new WindowsTimeZone("Kaliningrad Standard Time", "Europe/Kaliningrad"),
        new WindowsTimeZone("Sudan Standard Time", "Africa/Khartoum"),
        new WindowsTimeZone("Libya Standard Time", "Africa/Tripoli"),
        new WindowsTimeZone("Namibia Standard Time", "Africa/Windhoek"),
        new WindowsTimeZone("Arabic Standard Time", "Asia/Baghdad"),
        new WindowsTimeZone("Turkey Standard Time", "Europe/Istanbul"),
        new WindowsTimeZone("Arab Standard Time", "Asia/Riyadh", "Asia/Kuwait", "Asia/Qatar", "Asia/Bahrain"),
        new WindowsTimeZone("Belarus Standard Time", "Europe/Minsk"),
        new WindowsTimeZone("Russian Standard Time", "Europe/Moscow", "Europe/Simferopol"),
        new WindowsTimeZone("E. Africa Standard Time", "Africa/Nairobi", "Africa/Addis_Ababa", "Africa/Dar_es_Salaam", "Africa/Kampala"),
        new WindowsTimeZone("Volgograd Standard Time", "Europe/Volgograd"),
        new WindowsTimeZone("Iran Standard Time", "Asia/Tehran"),
        new WindowsTimeZone("Arabian Standard Time", "Asia/Dubai", "Asia/Muscat"),
        new WindowsTimeZone("Astrakhan Standard Time", "Europe/Astrakhan"),
        new WindowsTimeZone("Azerbaijan Standard Time", "Asia/Baku"),
        new WindowsTimeZone("Russia Time Zone 3", "Europe/Samara"),
        new WindowsTimeZone("Mauritius Standard Time", "Indian/Mauritius"),
        new WindowsTimeZone("Saratov Standard Time", "Europe/Saratov"),
        new WindowsTimeZone("Georgian Standard Time", "Asia/Tbilisi"),
        new WindowsTimeZone("Caucasus Standard Time", "Asia/Yerevan"),
        new WindowsTimeZone("Afghanistan Standard Time", "Asia/Kabul"),
        new WindowsTimeZone("West Asia Standard Time", "Asia/Tashkent"),
        new WindowsTimeZone("Qyzylorda Standard Time", "Asia/Qyzylorda"),
        new WindowsTimeZone("Ekaterinburg Standard Time", "Asia/Yekaterinburg"),
        new WindowsTimeZone("Pakistan Standard Time", "Asia/Karachi"),
        new WindowsTimeZone("India Standard Time", "Asia/Calcutta", "Asia/Kolkata"),
        new WindowsTimeZone("Sri Lanka Standard Time", "Asia/Colombo"),
        new WindowsTimeZone("Nepal Standard Time", "Asia/Katmandu", "Asia/Kathmandu"),
        new WindowsTimeZone("Central Asia Standard Time", "Asia/Almaty"),
        new WindowsTimeZone("Bangladesh Standard Time", "Asia/Dhaka"),
        new WindowsTimeZone("Omsk Standard Time", "Asia/Omsk"),
        new WindowsTimeZone("Myanmar Standard Time", "Asia/Rangoon", "Asia/Yangon"),
        new WindowsTimeZone("SE Asia Standard Time", "Asia/Bangkok", "Asia/Jakarta", "Asia/Saigon", "Asia/Ho_Chi_Minh"),
        new WindowsTimeZone("Altai Standard Time", "Asia/Barnaul"),
        new WindowsTimeZone("W. Mongolia Standard Time", "Asia/Hovd"),
        new WindowsTimeZone("North Asia Standard Time", "Asia/Krasnoyarsk"),
        new WindowsTimeZone("N. Central Asia Standard Time", "Asia/Novosibirsk"),
        new WindowsTimeZone("Tomsk Standard Time", "Asia/Tomsk"),
        new WindowsTimeZone("China Standard Time", "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Macau"),
        new WindowsTimeZone("North Asia East Standard Time", "Asia/Irkutsk"),
        new WindowsTimeZone("Singapore Standard Time", "Asia/Singapore", "Asia/Kuala_Lumpur", "Asia/Manila"),
        new WindowsTimeZone("W. Australia Standard Time", "Australia/Perth"),
        new WindowsTimeZone("Taipei Standard Time", "Asia/Taipei"),
        new WindowsTimeZone("Ulaanbaatar Standard Time", "Asia/Ulaanbaatar"),
        new WindowsTimeZone("Aus Central W. Standard Time", "Australia/Eucla"),
        new WindowsTimeZone("Transbaikal Standard Time", "Asia/Chita"),
        new WindowsTimeZone("Tokyo Standard Time", "Asia/Tokyo"),
        new WindowsTimeZone("North Korea Standard Time", "Asia/Pyongyang"),
        new WindowsTimeZone("Korea Standard Time", "Asia/Seoul"),
        new WindowsTimeZone("Yakutsk Standard Time", "Asia/Yakutsk"),
        new WindowsTimeZone("Cen. Australia Standard Time", "Australia/Adelaide"),
        new WindowsTimeZone("AUS Central Standard Time", "Australia/Darwin"),
        new WindowsTimeZone("E. Australia Standard Time", "Australia/Brisbane"),
        new WindowsTimeZone("AUS Eastern Standard Time", "Australia/Sydney", "Australia/Melbourne"),
        new WindowsTimeZone("West Pacific Standard Time", "Pacific/Port_Moresby"),
        new WindowsTimeZone("Tasmania Standard Time", "Australia/Hobart"),
        new WindowsTimeZone("Vladivostok Standard Time", "Asia/Vladivostok"),
        new WindowsTimeZone("Lord Howe Standard Time", "Australia/Lord_Howe"),
        new WindowsTimeZone("Bougainville Standard Time", "Pacific/Bougainville"),
        new WindowsTimeZone("Russia Time Zone 10", "Asia/Srednekolymsk"),
        new WindowsTimeZone("Magadan Standard Time", "Asia/Magadan"),
        new WindowsTimeZone("Norfolk Standard Time", "Pacific/Norfolk"),
        new WindowsTimeZone("Sakhalin Standard Time", "Asia/Sakhalin"),
        new WindowsTimeZone("Central Pacific Standard Time", "Pacific/Guadalcanal"),
        new WindowsTimeZone("Russia Time Zone 11", "Asia/Kamchatka"),
        new WindowsTimeZone("New Zealand Standard Time", "Pacific/Auckland"),
        new WindowsTimeZone("UTC+12", "Etc/GMT-12"),
        new WindowsTimeZone("Fiji Standard Time", "Pacific/Fiji"),
        new WindowsTimeZone("Chatham Islands Standard Time", "Pacific/Chatham"),
        new WindowsTimeZone("UTC+13", "Etc/GMT-13"),
        new WindowsTimeZone("Tonga Standard Time", "Pacific/Tongatapu"),
        new WindowsTimeZone("Samoa Standard Time", "Pacific/Apia"),
        new WindowsTimeZone("Line Islands Standard Time", "Pacific/Kiritimati"),
    };

    /// <summary>The listed zone whose Windows id equals <paramref name="id"/> ignoring case, else null.</summary>
    public static WindowsTimeZone? Find(string? id)
    {
        foreach (var zone in All)
        {
            if (string.Equals(zone.Id, id, StringComparison.OrdinalIgnoreCase))
            {
                return zone;
            }
        }

        return null;
    }

    /// <summary>The zone an IANA id stands for, when this list knows that IANA id (ignoring case), else null.</summary>
    public static WindowsTimeZone? ForIana(string? ianaId)
    {
        foreach (var zone in All)
        {
            foreach (var iana in zone.IanaIds)
            {
                if (string.Equals(iana, ianaId, StringComparison.OrdinalIgnoreCase))
                {
                    return zone;
                }
            }
        }

        return null;
    }
}
