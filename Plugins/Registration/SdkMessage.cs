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
