namespace CrmTiering.Core.Choices;

/// <summary>Outcome of the last recalculation: the option values of <c>ctier_calcstatus</c>.</summary>
public enum CalculationStatus
{
    Ok = 512000000,
    Failed = 512000001,
}
