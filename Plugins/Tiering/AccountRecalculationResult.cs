using CrmTiering.Core.Evaluation;

namespace CrmTiering.Plugins.Tiering;

/// <summary>What one recalculation decided and whether it wrote the account.</summary>
public sealed class AccountRecalculationResult
{
    public AccountRecalculationResult(TierEvaluation evaluation, bool wrote)
    {
        Evaluation = evaluation;
        Wrote = wrote;
    }

    public TierEvaluation Evaluation { get; }

    public bool Wrote { get; }
}
