namespace CrmTiering.Bench.Sweep;

/// <summary>Which plug-in answers ctier_RecalculateTiers in a measured organisation.</summary>
public enum SweepPath
{
    /// <summary>The shipped RecalculateTiers, as customapi.xml names it.</summary>
    Page,

    /// <summary><see cref="PerAccountSweep"/>: today's loop of AccountRecalculation / AccountBackfill per account.</summary>
    PerAccount,
}
