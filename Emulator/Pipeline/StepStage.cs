namespace CrmTiering.Emulator.Pipeline;

/// <summary>Where in the event pipeline a step runs; the numbers are the platform's <c>stage</c> values.</summary>
public enum StepStage
{
    /// <summary>Before the transaction of a top-level operation (inside the parent's for a nested one).</summary>
    PreValidation = 10,

    /// <summary>Inside the transaction, before the core operation; changes to the Target are saved.</summary>
    PreOperation = 20,

    /// <summary>The core operation: only Custom API plugins run here.</summary>
    MainOperation = 30,

    /// <summary>After the core operation (inside the transaction when synchronous).</summary>
    PostOperation = 40,
}
