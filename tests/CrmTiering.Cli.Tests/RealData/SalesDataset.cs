using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace CrmTiering.Cli.Tests.RealData;

/// <summary>
/// The public "CRM sales opportunities" dataset, read straight from the shared folder next to the
/// repository (never copied into it). Its files have no quoted fields, so a plain split reads them,
/// independently of the CLI's own CSV reader.
/// </summary>
public sealed class SalesDataset
{
    public const string RelativeFolder = "../shared/datasets/crm-sales-opportunities";

    private SalesDataset(string folder)
    {
        Folder = folder;
        Accounts = Read("accounts.csv");
        Pipeline = Read("sales_pipeline.csv");
        Teams = Read("sales_teams.csv");
    }

    public string Folder { get; }

    /// <summary>account, sector, year_established, revenue (millions of USD), employees, office_location, subsidiary_of.</summary>
    public IReadOnlyList<Dictionary<string, string>> Accounts { get; }

    /// <summary>opportunity_id, sales_agent, product, account, deal_stage, engage_date, close_date, close_value.</summary>
    public IReadOnlyList<Dictionary<string, string>> Pipeline { get; }

    /// <summary>sales_agent, manager, regional_office.</summary>
    public IReadOnlyList<Dictionary<string, string>> Teams { get; }

    public static SalesDataset Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrmTiering.sln")))
            {
                var folder = Path.GetFullPath(Path.Combine(dir.FullName, RelativeFolder));
                if (!Directory.Exists(folder)) throw new DirectoryNotFoundException("The public dataset is expected at " + folder);
                return new SalesDataset(folder);
            }
        }
        throw new DirectoryNotFoundException("Repository root (CrmTiering.sln) not found above " + AppContext.BaseDirectory);
    }

    public static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private IReadOnlyList<Dictionary<string, string>> Read(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, name));
        var header = lines[0].Split(',');
        var rows = new List<Dictionary<string, string>>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var fields = lines[i].Split(',');
            var row = new Dictionary<string, string>();
            for (var c = 0; c < header.Length; c++) row[header[c]] = c < fields.Length ? fields[c].Trim() : string.Empty;
            rows.Add(row);
        }
        return rows;
    }
}
