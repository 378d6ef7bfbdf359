namespace CrmTiering.Cli.Report;

/// <summary>
/// The page's inline style sheet. Kept free of '&lt;' and '&amp;' so the page stays well-formed XML;
/// system fonts only, so nothing is fetched when the page opens.
/// </summary>
public static class ReportStyle
{
    public const string Css = @"
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f2f4f7; color: #1c2833; font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; }
main { max-width: 980px; margin: 0 auto; padding: 28px 20px 40px; }
header h1 { margin: 0 0 4px; font-size: 26px; }
header p { margin: 0 0 18px; color: #566573; }
.tiles { display: flex; flex-wrap: wrap; gap: 12px; margin-bottom: 20px; }
.tile { flex: 1 1 130px; background: #fff; border-radius: 8px; padding: 12px 14px; box-shadow: 0 1px 2px rgba(0,0,0,.08); }
.tile .value { display: block; font-size: 26px; font-weight: 600; }
.tile .label { color: #566573; font-size: 13px; }
section { background: #fff; border-radius: 8px; padding: 18px 20px 14px; margin-bottom: 20px; box-shadow: 0 1px 2px rgba(0,0,0,.08); }
section h2 { margin: 0 0 4px; font-size: 19px; }
section p { margin: 0 0 10px; color: #566573; }
svg.chart { display: block; width: 100%; height: auto; max-width: 920px; }
svg text { font-family: inherit; fill: #34495e; }
svg .tick, svg .band { font-size: 11px; fill: #707b7c; }
svg .legend { font-size: 12px; }
svg .caption { font-size: 11px; fill: #34495e; }
svg .axis-label { font-size: 14px; font-weight: 600; }
svg .cell-name { font-size: 16px; font-weight: 600; }
svg .cell-count { font-size: 38px; font-weight: 700; }
svg line.grid { stroke: #e5e8e8; stroke-width: 1; }
svg line.axis { stroke: #99a3a4; stroke-width: 1; }
svg .bar:hover { opacity: .8; }
table { border-collapse: collapse; width: 100%; font-size: 13px; margin-top: 8px; }
th, td { padding: 5px 8px; border-bottom: 1px solid #eaeded; text-align: left; }
th { color: #566573; font-weight: 600; }
td.id { color: #99a3a4; font-size: 11px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
details { margin-top: 6px; }
summary { cursor: pointer; color: #2874a6; font-size: 13px; }
.note { font-size: 13px; color: #707b7c; }
footer { color: #99a3a4; font-size: 12px; text-align: center; }
";
}
