namespace CrmTiering.Cli.Commands;

/// <summary>Paths of the exported CSV files a run reads (invoices and users are optional).</summary>
public sealed record InputFiles(string Accounts, string Opportunities, string? Invoices, string? Users);
