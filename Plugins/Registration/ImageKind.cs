namespace CrmTiering.Plugins.Registration;

/// <summary>Entity image type; the numbers are the platform's <c>imagetype</c> values.</summary>
public enum ImageKind
{
    PreImage = 0,
    PostImage = 1,
    Both = 2,
}
