namespace CrmTiering.Core.Choices;

/// <summary>Value against effort (R15): the option values of <c>ctier_quadrant</c>.</summary>
public enum Quadrant
{
    /// <summary>Important, low effort.</summary>
    Maximise = 512000000,

    /// <summary>Important, high effort.</summary>
    Develop = 512000001,

    /// <summary>Less important, low effort.</summary>
    Minimise = 512000002,

    /// <summary>Less important, high effort.</summary>
    Eject = 512000003,
}
