namespace CrmTiering.Cli.Simulate;

/// <summary>How an account's business with us develops over the simulation.</summary>
public enum AccountTrend
{
    Steady,
    Growing,
    Declining,

    /// <summary>Buys about ten times more from a turning month on: a small account that surges.</summary>
    Surging,

    /// <summary>Nearly stops buying from a turning month on: a key account that slips.</summary>
    Churning,
}
