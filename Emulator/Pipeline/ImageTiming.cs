namespace CrmTiering.Emulator.Pipeline;

/// <summary>Which entity image a step asks for; the numbers are the platform's <c>imagetype</c> values.</summary>
public enum ImageTiming
{
    Pre = 0,
    Post = 1,
    Both = 2,
}
