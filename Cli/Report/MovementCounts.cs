namespace CrmTiering.Cli.Report;

/// <summary>The tier movements (R12) of one period, Initial and None left out: they are not news.</summary>
public sealed record MovementCounts(int Promotions, int Surges, int Demotions, int Slips)
{
    public static MovementCounts Zero { get; } = new MovementCounts(0, 0, 0, 0);

    /// <summary>Moves up: promotions and surges.</summary>
    public int Up => Promotions + Surges;

    /// <summary>Moves down: demotions and Tier 1 slips.</summary>
    public int Down => Demotions + Slips;
}
