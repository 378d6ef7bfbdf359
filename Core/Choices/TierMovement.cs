namespace CrmTiering.Core.Choices;

/// <summary>
/// How an account's tier moved at an evaluation (R12). The numbers are the option values of the
/// global choice <c>ctier_movement</c>; <see cref="None"/> is never stored.
/// </summary>
public enum TierMovement
{
    None = 0,
    Initial = 512000000,
    Promotion = 512000001,
    Demotion = 512000002,
    Tier1Slip = 512000003,
    Surge = 512000004,
}
