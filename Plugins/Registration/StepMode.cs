namespace CrmTiering.Plugins.Registration;

/// <summary>Execution mode of a step; the numbers are the platform's <c>mode</c> values.</summary>
public enum StepMode
{
    Synchronous = 0,
    Asynchronous = 1,
}
