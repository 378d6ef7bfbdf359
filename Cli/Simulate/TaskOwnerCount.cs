namespace CrmTiering.Cli.Simulate;

/// <summary>Follow-up tasks created for one owner in a quarter.</summary>
public sealed record TaskOwnerCount(SalesPerson Owner, int Tasks);
