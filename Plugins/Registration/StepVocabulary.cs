// The platform's vocabulary of a step registration: message, stage, mode and image kind.
namespace CrmTiering.Plugins.Registration;

/// <summary>The SDK messages the product's steps register on; each name is the sdkmessage name.</summary>
public enum SdkMessage
{
    Create,
    Update,
    Delete,
    Merge,
    Win,
    Lose,
}

/// <summary>Event pipeline stage of a step; the numbers are the platform's <c>stage</c> values.</summary>
public enum PipelineStage
{
    PreValidation = 10,
    PreOperation = 20,
    PostOperation = 40,
}

/// <summary>Execution mode of a step; the numbers are the platform's <c>mode</c> values.</summary>
public enum StepMode
{
    Synchronous = 0,
    Asynchronous = 1,
}

/// <summary>Entity image type; the numbers are the platform's <c>imagetype</c> values.</summary>
public enum ImageKind
{
    PreImage = 0,
    PostImage = 1,
    Both = 2,
}
