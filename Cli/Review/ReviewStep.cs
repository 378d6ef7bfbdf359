using System;
using CrmTiering.Cli.Input;
using CrmTiering.Core.Evaluation;

namespace CrmTiering.Cli.Review;

/// <summary>One account evaluated at one review date.</summary>
public sealed record ReviewStep(int DateIndex, DateTime AsOf, int AccountIndex, AccountEntry Account, TierEvaluation Evaluation);
