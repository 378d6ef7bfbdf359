namespace CrmTiering.Core.Choices;

/// <summary>
/// What caused a tier change (R13): the option values of the choice <c>ctier_source</c> on
/// <c>ctier_tierchange</c>.
/// </summary>
public enum MovementSource
{
    Plugin = 512000000,
    Review = 512000001,
    Override = 512000002,
    Backfill = 512000003,
}
