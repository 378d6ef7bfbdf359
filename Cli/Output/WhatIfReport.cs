using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CrmTiering.Cli.Csv;
using CrmTiering.Core.WhatIf;

namespace CrmTiering.Cli.Output;

/// <summary>
/// What-if output, two CSV tables separated by one empty line: the from×to matrix (rows = current
/// tier, columns = proposed tier, cells = account counts), then the movers.
/// </summary>
public sealed class WhatIfReport
{
    public const string MatrixCorner = "current\\proposed";

    public static readonly string[] MoverColumns =
    {
        "accountid", "name", "currenttier", "proposedtier", "positionsup", "currenteffectiverevenue", "proposedeffectiverevenue",
    };

    private readonly TextWriter _output;

    public WhatIfReport(TextWriter output)
    {
        _output = output;
    }

    public void Write(WhatIfResult result)
    {
        var csv = new CsvWriter(_output);
        csv.WriteRecord(new[] { MatrixCorner }.Concat(result.Proposed.Tiers.Select(tier => tier.Name)));
        foreach (var from in result.Current.Tiers)
        {
            var cells = new List<string> { from.Name };
            cells.AddRange(result.Proposed.Tiers.Select(to => result.Count(from.Position, to.Position).ToString(CultureInfo.InvariantCulture)));
            csv.WriteRecord(cells);
        }
        _output.Write('\n');
        csv.WriteRecord(MoverColumns);
        foreach (var mover in result.Movers)
        {
            csv.WriteRecord(
                mover.AccountId,
                mover.Name,
                mover.CurrentTier.Name,
                mover.ProposedTier.Name,
                mover.PositionsUp.ToString(CultureInfo.InvariantCulture),
                CsvFormat.Money(mover.CurrentEffectiveRevenue),
                CsvFormat.Money(mover.ProposedEffectiveRevenue));
        }
    }
}
