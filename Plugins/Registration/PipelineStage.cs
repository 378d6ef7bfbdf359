namespace CrmTiering.Plugins.Registration;

/// <summary>Event pipeline stage of a step; the numbers are the platform's <c>stage</c> values.</summary>
public enum PipelineStage
{
    PreValidation = 10,
    PreOperation = 20,
    PostOperation = 40,
}
