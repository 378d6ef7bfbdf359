using System;
using System.Collections.Generic;
using CrmTiering.Core.Choices;
using CrmTiering.Core.Evaluation;
using CrmTiering.Core.Policy;
using CrmTiering.Core.Revenue;
using CrmTiering.Core.Time;

namespace CrmTiering.Core.WhatIf;

/// <summary>Evaluates the same accounts under the current and a proposed policy on one as-of date.</summary>
public static class WhatIfComparison
{
    public static WhatIfResult Compare(TierPolicy current, TierPolicy proposed, DateTime asOfDate, IEnumerable<WhatIfSubject> subjects, string currencyCode = "")
    {
        var counts = new int[current.Tiers.Count, proposed.Tiers.Count];
        var movers = new List<TierMover>();
        var accounts = 0;
        var currentWindow = EvaluationWindow.OnDate(current, asOfDate);
        var proposedWindow = EvaluationWindow.OnDate(proposed, asOfDate);
        foreach (var subject in subjects)
        {
            var now = Evaluate(current, currentWindow, subject, subject.RevenueUnderCurrent, currencyCode);
            var then = Evaluate(proposed, proposedWindow, subject, subject.RevenueUnderProposed, currencyCode);
            counts[now.Tier.Position - 1, then.Tier.Position - 1]++;
            accounts++;
            if (now.Tier.Position != then.Tier.Position)
            {
                movers.Add(new TierMover(subject.Account.AccountId, subject.Account.Name, now.Tier, then.Tier, now.Revenue.Effective, then.Revenue.Effective));
            }
        }

        return new WhatIfResult(current, proposed, counts, movers.ToArray(), accounts);
    }

    private static TierEvaluation Evaluate(TierPolicy policy, EvaluationWindow window, WhatIfSubject subject, RevenueFacts revenue, string currencyCode) =>
        TierEvaluator.Evaluate(new EvaluationRequest(policy, window, subject.Account)
        {
            Revenue = revenue,
            Previous = subject.Previous,
            Source = MovementSource.Review,
            CurrencyCode = currencyCode,
        });
}
