using System;
using System.Collections.Generic;
using CrmTiering.Plugins.CustomApi;
using CrmTiering.Plugins.Tests.Recalculation;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tests.CustomApi;

/// <summary>Calls ctier_RecalculateTiers as an admin's job would: page after page with the returned cookie.</summary>
public sealed class TierSweep
{
    private readonly TieringOrganization _org;

    /// <param name="org">An organisation with the solution installed (the Custom API is part of it).</param>
    public TierSweep(TieringOrganization org) => _org = org;

    public static string Origin => typeof(RecalculateTiers).FullName!;

    /// <summary>One call; the response's Results.</summary>
    public ParameterCollection Call(string mode, string? cookie = null, int? pageSize = null, DateTime? from = null, IOrganizationService? service = null)
    {
        var request = new OrganizationRequest(RecalculateTiersApi.UniqueName) { [RecalculateTiersApi.Mode] = mode };
        if (cookie is not null)
        {
            request[RecalculateTiersApi.PageCookie] = cookie;
        }

        if (pageSize is { } size)
        {
            request[RecalculateTiersApi.PageSize] = size;
        }

        if (from is { } date)
        {
            request[RecalculateTiersApi.From] = date;
        }

        return (service ?? _org.Org.SystemService).Execute(request).Results;
    }

    /// <summary>Every page until MoreRecords is false; the results of each call.</summary>
    public IReadOnlyList<ParameterCollection> Run(string mode, int? pageSize = null, DateTime? from = null) => RunAs(mode, null, pageSize, from);

    /// <summary>Every page until MoreRecords is false, called through <paramref name="service"/> (SYSTEM when null).</summary>
    public IReadOnlyList<ParameterCollection> RunAs(string mode, IOrganizationService? service, int? pageSize = null, DateTime? from = null)
    {
        var pages = new List<ParameterCollection>();
        string? cookie = null;
        do
        {
            var page = Call(mode, cookie, pageSize, from, service);
            pages.Add(page);
            cookie = (bool)page[RecalculateTiersApi.MoreRecords]! ? (string)page[RecalculateTiersApi.PageCookie]! : null;
        }
        while (cookie is not null && pages.Count < 1000);

        return pages;
    }
}
