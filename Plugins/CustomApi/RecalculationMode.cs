namespace CrmTiering.Plugins.CustomApi;

/// <summary>What ctier_RecalculateTiers recalculates.</summary>
public enum RecalculationMode
{
    /// <summary>Active accounts whose <c>ctier_nextevaluationon</c> has passed (time moved a window edge, an override ended, a hold lapsed).</summary>
    Due,

    /// <summary>Every active account (after a policy change).</summary>
    All,

    /// <summary>Every active account, replaying quarter ends from a date to rebuild onboarding, highest, previous tier and history.</summary>
    Backfill,
}
