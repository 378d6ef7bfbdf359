namespace CrmTiering.Plugins.Registration;

/// <summary>Image aliases (keys of PreEntityImages/PostEntityImages) and the message properties images attach to.</summary>
public static class StepImageNames
{
    public const string PreImage = "PreImage";
    public const string PostImage = "PostImage";

    /// <summary>Message property of an Update or Delete image (solution exports: "Target").</summary>
    public const string TargetProperty = "Target";

    /// <summary>Message property of a Create post-image (solution exports: "id", the created row's id).</summary>
    public const string CreatedIdProperty = "id";
}
