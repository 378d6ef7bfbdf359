using System.Text;
using CrmTiering.Core.Json;

namespace CrmTiering.Core.Policy;

/// <summary>Writes a policy as compact JSON (no whitespace) so calibrated policies fit the 2 000-character limit.</summary>
internal static class PolicyJsonWriter
{
    public static string Write(TierPolicy policy)
    {
        var json = new StringBuilder(900);
        json.Append("{\"windowMonths\":").Append(JsonText.Number(policy.WindowMonths))
            .Append(",\"revenueBasis\":").Append(JsonText.String(policy.RevenueBasis.ToString()))
            .Append(",\"invoiceAmount\":").Append(JsonText.String(policy.InvoiceAmount.ToString()))
            .Append(",\"pipelineWeight\":").Append(JsonText.Number(policy.PipelineWeight))
            .Append(",\"tiers\":[");
        for (var i = 0; i < policy.Tiers.Count; i++)
        {
            var tier = policy.Tiers[i];
            json.Append(i == 0 ? "{" : ",{")
                .Append("\"name\":").Append(JsonText.String(tier.Name))
                .Append(",\"value\":").Append(JsonText.Number(tier.Value))
                .Append(",\"minRevenue\":").Append(JsonText.Number(tier.MinRevenue))
                .Append(",\"responseHours\":").Append(JsonText.Number(tier.ResponseHours))
                .Append(",\"contactEveryDays\":").Append(JsonText.Number(tier.ContactEveryDays))
                .Append('}');
        }

        json.Append("],\"hysteresisMargin\":").Append(JsonText.Number(policy.HysteresisMargin))
            .Append(",\"minDaysInTier\":").Append(JsonText.Number(policy.MinDaysInTier))
            .Append(",\"valueFactors\":{");
        for (var i = 0; i < ValueFactorNames.All.Count; i++)
        {
            var factor = ValueFactorNames.All[i];
            json.Append(i == 0 ? string.Empty : ",")
                .Append(JsonText.String(ValueFactorNames.PolicyKey(factor))).Append(':')
                .Append(JsonText.Number(policy.ValueFactors[factor]));
        }

        json.Append("},\"bumpAt\":").Append(JsonText.Number(policy.BumpAt))
            .Append(",\"maxBump\":").Append(JsonText.Number(policy.MaxBump))
            .Append(",\"importantUpToTier\":").Append(JsonText.Number(policy.ImportantUpToTier))
            .Append(",\"effortHighAt\":").Append(JsonText.Number(policy.EffortHighAt))
            .Append(",\"reviewEveryMonths\":").Append(JsonText.Number(policy.ReviewEveryMonths))
            .Append(",\"timeZone\":").Append(JsonText.String(policy.TimeZone.Id))
            .Append(",\"fallbackOwner\":").Append(JsonText.String(policy.FallbackOwner))
            .Append(",\"tasksForOverrideMovements\":").Append(JsonText.Boolean(policy.TasksForOverrideMovements))
            .Append('}');
        return json.ToString();
    }
}
