using System;
using CrmTiering.Core.Evaluation;

namespace CrmTiering.Core.Review;

/// <summary>One reviewed account: its evaluation and the R17 flags.</summary>
public sealed record AccountReview(TierEvaluation Evaluation, ReviewFlags Flags);

/// <summary>One account to review: its evaluation request and its last completed activity date.</summary>
public sealed record ReviewSubject(EvaluationRequest Request, DateTime? LastCompletedActivityDate = null);
