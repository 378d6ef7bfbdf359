using System;
using System.Collections.Generic;
using System.Globalization;
using CrmTiering.Core.Json;
using CrmTiering.Core.Time;

namespace CrmTiering.Core.Policy;

/// <summary>
/// Reads the policy JSON and validates it (R20), collecting every problem rather than stopping at
/// the first. Absent fields take DESIGN's defaults; unknown fields are ignored so a newer policy
/// still loads. An explicit null is a problem except for <c>fallbackOwner</c>.
/// </summary>
internal static class PolicyParser
{
    /// <summary>Dataverse's largest money value: a threshold above it can never be reached.</summary>
    private const decimal MaxMoney = 922337203685477m;

    /// <summary>Weights are relative; the cap keeps weight × score far from decimal overflow.</summary>
    private const decimal MaxWeight = 1000m;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static PolicyParseResult Parse(string? json, IReadOnlyList<TierOption> tierOptions)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(json))
        {
            return Failed(PolicyMessages.Empty);
        }

        if (json!.Length > PolicyMessages.MaxLength)
        {
            return Failed(Format(PolicyMessages.TooLong, json.Length));
        }

        JsonValue root;
        try
        {
            root = JsonReader.Read(json);
        }
        catch (JsonSyntaxException e)
        {
            return Failed(Format(PolicyMessages.NotJson, e.Problem, e.Position + 1));
        }

        if (root.Kind != JsonKind.Object)
        {
            return Failed(PolicyMessages.NotAnObject);
        }

        var fields = new PolicyFields(root, problems);
        var windowMonths = fields.WholeNumber("windowMonths", 12, 1, 120);
        var revenueBasis = fields.Choice("revenueBasis", RevenueBasis.Max);
        var invoiceAmount = fields.Choice("invoiceAmount", InvoiceAmount.Total);
        var pipelineWeight = fields.Number("pipelineWeight", 0m, 0m, 1m);
        var tiers = ReadTiers(root.Member("tiers"), tierOptions, problems);
        var hysteresisMargin = fields.NumberBelow("hysteresisMargin", 0.10m, 0m, 1m);
        var minDaysInTier = fields.WholeNumber("minDaysInTier", 0, 0, 3660);
        var valueFactors = ReadValueFactors(root.Member("valueFactors"), problems);
        var bumpAt = fields.Number("bumpAt", 8m, 0m, 10m);
        var maxBump = fields.WholeNumber("maxBump", 1, 0, 100);
        var importantUpToTier = fields.WholeNumber("importantUpToTier", 2, 0, Math.Max(tiers?.Count ?? 100, 0));
        var effortHighAt = fields.Number("effortHighAt", 6m, 0m, 10m);
        var reviewEveryMonths = fields.WholeNumber("reviewEveryMonths", 3, 1, 12);
        var timeZone = ReadTimeZone(root.Member("timeZone"), problems);
        var fallbackOwner = fields.OptionalText("fallbackOwner");
        var tasksForOverrideMovements = fields.Boolean("tasksForOverrideMovements", false);

        if (problems.Count > 0 || tiers is null)
        {
            return new PolicyParseResult(null, problems);
        }

        var policy = new TierPolicy(windowMonths, revenueBasis, invoiceAmount, pipelineWeight, tiers, hysteresisMargin,
            minDaysInTier, valueFactors, bumpAt, maxBump, importantUpToTier, effortHighAt, reviewEveryMonths, timeZone,
            fallbackOwner, tasksForOverrideMovements);
        return new PolicyParseResult(policy, Array.Empty<string>());
    }

    private static IReadOnlyList<TierDefinition>? ReadTiers(JsonValue? node, IReadOnlyList<TierOption> tierOptions, List<string> problems)
    {
        if (node is null)
        {
            problems.Add(PolicyMessages.TiersMissing);
            return null;
        }

        if (node.Kind != JsonKind.Array)
        {
            problems.Add(PolicyMessages.TiersNotAList);
            return null;
        }

        if (node.Items.Count == 0)
        {
            problems.Add(PolicyMessages.TiersEmpty);
            return null;
        }

        var before = problems.Count;
        var tiers = new List<TierDefinition>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var values = new HashSet<int>();
        for (var i = 0; i < node.Items.Count; i++)
        {
            var path = "tiers[" + i.ToString(Invariant) + "]";
            var item = node.Items[i];
            if (item.Kind != JsonKind.Object)
            {
                problems.Add(Format(PolicyMessages.TierNotAnObject, path));
                continue;
            }

            var fields = new PolicyFields(item, problems, path + ".");
            var isLast = i == node.Items.Count - 1;
            var name = fields.RequiredText("name");
            var minRevenue = fields.RequiredNumber("minRevenue", isLast ? (decimal?)null : 0m, MaxMoney);
            var value = ReadOptionValue(item, fields, path, i, tierOptions, problems);
            var responseHours = fields.WholeNumber("responseHours", TierDefinition.DefaultResponseHours, 1, 8760);
            var contactEveryDays = fields.WholeNumber("contactEveryDays", TierDefinition.DefaultContactEveryDays, 1, 3660);
            if (name is not null && !names.Add(name.Trim()))
            {
                problems.Add(Format(PolicyMessages.Duplicate, path + ".name", "\"" + name + "\""));
            }

            if (value is not null && !values.Add(value.Value))
            {
                problems.Add(Format(PolicyMessages.Duplicate, path + ".value", value.Value));
            }

            if (minRevenue is not null && !isLast && tiers.Count > 0 && tiers[tiers.Count - 1].Position == i
                && minRevenue.Value >= tiers[tiers.Count - 1].MinRevenue)
            {
                var better = tiers[tiers.Count - 1];
                problems.Add(Format(PolicyMessages.ThresholdsNotDescending, path + ".minRevenue", minRevenue.Value,
                    "tiers[" + (i - 1).ToString(Invariant) + "].minRevenue", better.MinRevenue));
            }

            if (name is not null && minRevenue is not null && value is not null)
            {
                tiers.Add(new TierDefinition(i + 1, name.Trim(), value.Value, minRevenue.Value, responseHours, contactEveryDays));
            }
        }

        return problems.Count == before ? tiers : null;
    }

    /// <summary>
    /// The tier's option value, given or defaulted (512000000 + index), which must be an option of
    /// the <c>ctier_tier</c> choice: the platform refuses any other on every account write.
    /// Null after a problem.
    /// </summary>
    private static int? ReadOptionValue(JsonValue tier, PolicyFields fields, string path, int index, IReadOnlyList<TierOption> tierOptions, List<string> problems)
    {
        var before = problems.Count;
        var value = fields.WholeNumber("value", TierDefinition.FirstOptionValue + index, int.MinValue, int.MaxValue);
        if (problems.Count > before)
        {
            return null;
        }

        if (TierChoice.Contains(tierOptions, value))
        {
            return value;
        }

        var allowed = TierChoice.Describe(tierOptions);
        problems.Add(tier.Member("value") is null
            ? Format(PolicyMessages.DefaultNotATierOption, path + ".value", value, tierOptions.Count, allowed)
            : Format(PolicyMessages.NotATierOption, path + ".value", value, allowed));
        return null;
    }

    private static ValueFactorWeights ReadValueFactors(JsonValue? node, List<string> problems)
    {
        if (node is null)
        {
            return ValueFactorWeights.Equal;
        }

        if (node.Kind != JsonKind.Object)
        {
            problems.Add(Format(PolicyMessages.NotAnObjectField, "valueFactors"));
            return ValueFactorWeights.Equal;
        }

        foreach (var member in node.Members)
        {
            var known = false;
            foreach (var factor in ValueFactorNames.All)
            {
                known |= string.Equals(ValueFactorNames.PolicyKey(factor), member.Key, StringComparison.Ordinal);
            }

            if (!known)
            {
                problems.Add(Format(PolicyMessages.UnknownValueFactor, member.Key));
            }
        }

        var fields = new PolicyFields(node, problems, "valueFactors.");
        var weights = new decimal[ValueFactorNames.All.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = fields.Number(ValueFactorNames.PolicyKey(ValueFactorNames.All[i]), 1m, 0m, MaxWeight);
        }

        return new ValueFactorWeights(weights[0], weights[1], weights[2], weights[3], weights[4], weights[5]);
    }

    private static PolicyTimeZone ReadTimeZone(JsonValue? node, List<string> problems)
    {
        if (node is null)
        {
            return PolicyTimeZone.Utc;
        }

        if (node.Kind != JsonKind.String)
        {
            problems.Add(Format(PolicyMessages.NotText, "timeZone"));
            return PolicyTimeZone.Utc;
        }

        if (PolicyTimeZone.TryFind(node.Text, out var zone))
        {
            return zone;
        }

        if (WindowsTimeZones.Find(node.Text) is not null)
        {
            problems.Add(Format(PolicyMessages.UnavailableTimeZone, node.Text));
        }
        else if (WindowsTimeZones.ForIana(node.Text) is { } windows)
        {
            problems.Add(Format(PolicyMessages.IanaTimeZone, node.Text, windows.Id));
        }
        else
        {
            problems.Add(Format(PolicyMessages.UnknownTimeZone, node.Text));
        }

        return zone;
    }

    private static PolicyParseResult Failed(string problem) => new PolicyParseResult(null, new[] { problem });

    internal static string Format(string message, params object[] args) => string.Format(Invariant, message, args);
}
