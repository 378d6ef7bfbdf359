using System.Collections.Generic;
using CrmTiering.Core.Evaluation;

namespace CrmTiering.Core.Review;

/// <summary>The quarterly review of many accounts: evaluate each, then flag it (R17). Streams: one account at a time.</summary>
public static class TierReview
{
    public static IEnumerable<AccountReview> Run(IEnumerable<ReviewSubject> subjects)
    {
        foreach (var subject in subjects)
        {
            yield return Review(subject);
        }
    }

    public static AccountReview Review(ReviewSubject subject)
    {
        var evaluation = TierEvaluator.Evaluate(subject.Request);
        var flags = ReviewFlags.For(subject.Request.Policy, evaluation.State, subject.LastCompletedActivityDate, evaluation.Window.AsOfDate);
        return new AccountReview(evaluation, flags);
    }
}
