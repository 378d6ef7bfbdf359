using CrmTiering.Core.Evaluation;

namespace CrmTiering.Core.Review;

/// <summary>One reviewed account: its evaluation and the R17 flags.</summary>
public sealed record AccountReview(TierEvaluation Evaluation, ReviewFlags Flags);
