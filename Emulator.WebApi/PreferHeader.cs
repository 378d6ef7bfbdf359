using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CrmTiering.Emulator.WebApi;

/// <summary>
/// The preferences a client sends in <c>Prefer</c> ("Query data using the Web API" › "Page results",
/// "Formatted values", "Create with data returned"): <c>odata.maxpagesize=n</c>,
/// <c>odata.include-annotations="a,b"</c> (names, or patterns ending in <c>*</c>
/// such as <c>*</c> and <c>Microsoft.Dynamics.CRM.*</c>, "Compose HTTP requests and handle errors" › "Request annotations"), <c>return=representation</c>.
/// </summary>
public sealed class PreferHeader
{
    public const string FormattedValue = "OData.Community.Display.V1.FormattedValue";
    public const string LookupLogicalName = "Microsoft.Dynamics.CRM.lookuplogicalname";
    public const string AssociatedNavigationProperty = "Microsoft.Dynamics.CRM.associatednavigationproperty";
    public const string FetchXmlPagingCookie = "Microsoft.Dynamics.CRM.fetchxmlpagingcookie";
    public const string MoreRecords = "Microsoft.Dynamics.CRM.morerecords";
    public const string TotalRecordCount = "Microsoft.Dynamics.CRM.totalrecordcount";
    public const string TotalRecordCountLimitExceeded = "Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded";

    private readonly IReadOnlyList<string> _annotations;

    private PreferHeader(int? maxPageSize, IReadOnlyList<string> annotations, bool returnRepresentation)
    {
        MaxPageSize = maxPageSize;
        _annotations = annotations;
        ReturnRepresentation = returnRepresentation;
    }

    public int? MaxPageSize { get; }

    public bool ReturnRepresentation { get; }

    public bool HasAnnotations => _annotations.Count > 0;

    /// <summary>The annotation patterns as the client sent them (echoed in Preference-Applied).</summary>
    public string AnnotationText => string.Join(",", _annotations);

    public static PreferHeader Parse(string? header)
    {
        int? maxPageSize = null;
        var annotations = new List<string>();
        var representation = false;
        foreach (var raw in (header ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // include-annotations lists are comma separated inside quotes: the split above cut them.
            var part = raw.Trim();
            if (part.StartsWith("odata.maxpagesize=", StringComparison.OrdinalIgnoreCase))
            {
                if (!int.TryParse(part["odata.maxpagesize=".Length..].Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < 1)
                {
                    throw WebApiRequestException.BadRequest($"Prefer odata.maxpagesize needs a positive whole number: '{part}'.");
                }

                maxPageSize = size;
            }
            else if (part.StartsWith("odata.include-annotations=", StringComparison.OrdinalIgnoreCase))
            {
                annotations.Add(part["odata.include-annotations=".Length..].Trim('"'));
            }
            else if (part.Equals("return=representation", StringComparison.OrdinalIgnoreCase))
            {
                representation = true;
            }
            else if (annotations.Count > 0 && !part.Contains('=', StringComparison.Ordinal))
            {
                annotations.Add(part.Trim('"'));
            }
        }

        return new PreferHeader(maxPageSize, annotations, representation);
    }

    /// <summary>True when the client asked for this annotation by name or by a pattern that covers it.</summary>
    public bool Wants(string annotation) => _annotations.Any(pattern =>
        pattern == "*"
        || string.Equals(pattern, annotation, StringComparison.OrdinalIgnoreCase)
        || (pattern.EndsWith("*", StringComparison.Ordinal) && annotation.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase)));
}
