namespace CrmTiering.Cli.Report;

/// <summary>Accounts per value-against-effort quadrant (R15).</summary>
public sealed record QuadrantCounts(int Maximise, int Develop, int Minimise, int Eject)
{
    public static QuadrantCounts Zero { get; } = new QuadrantCounts(0, 0, 0, 0);

    public int Total => Maximise + Develop + Minimise + Eject;
}
