using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CrmTiering.Emulator;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Bench.Sweep;

/// <summary>
/// <c>--profile</c>: wall time per query shape (ids, dates and numbers blanked), measured around each
/// read as the outermost executor sees it — the emulator's own cost per kind of query, to find what
/// to make faster. Reads only: a write's time includes the steps it sets off.
/// </summary>
public sealed class QueryProfile : IRequestExecutor
{
    private static readonly Regex Literal = new("value=\"[^\"]*\"", RegexOptions.Compiled);
    private readonly IRequestExecutor _inner;
    private readonly Dictionary<string, (int Count, TimeSpan Time)> _byShape = new(StringComparer.Ordinal);

    private QueryProfile(IRequestExecutor inner) => _inner = inner;

    public static QueryProfile AttachTo(EmulatedOrganization org)
    {
        QueryProfile? profile = null;
        org.WrapExecutor(inner => profile = new QueryProfile(inner));
        return profile!;
    }

    public OrganizationResponse Execute(OrganizationRequest request, CallerContext caller)
    {
        var shape = ShapeOf(request);
        if (shape is null)
        {
            return _inner.Execute(request, caller);
        }

        var watch = Stopwatch.StartNew();
        try
        {
            return _inner.Execute(request, caller);
        }
        finally
        {
            var (count, time) = _byShape.GetValueOrDefault(shape);
            _byShape[shape] = (count + 1, time + watch.Elapsed);
        }
    }

    public void Print(TextWriter output, int top = 12)
    {
        foreach (var (shape, (count, time)) in _byShape.OrderByDescending(pair => pair.Value.Time).Take(top))
        {
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "    {0,8:0.00} s {1,8} × {2:0.000} ms  {3}", time.TotalSeconds, count, time.TotalMilliseconds / count, shape));
        }
    }

    private static string? ShapeOf(OrganizationRequest request) => request.RequestName switch
    {
        "RetrieveMultiple" => request.Parameters.TryGetValue("Query", out var query) ? query switch
        {
            FetchExpression fetch => Literal.Replace(fetch.Query, "value=\"?\""),
            QueryExpression expression => "QueryExpression " + expression.EntityName + " where " + string.Join(", ", expression.Criteria.Conditions.Select(c => c.AttributeName + " " + c.Operator)),
            _ => query?.GetType().Name,
        } : null,
        "Retrieve" => "Retrieve " + (request.Parameters.TryGetValue("Target", out var target) && target is EntityReference reference ? reference.LogicalName : "?"),
        _ => null,
    };
}
