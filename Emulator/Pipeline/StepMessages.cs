namespace CrmTiering.Emulator.Pipeline;

/// <summary>
/// Request names against the message names steps register on: the SDK's WinOpportunityRequest
/// and LoseOpportunityRequest are the "Win" and "Lose" messages (sdkmessage names); every other
/// request's name is its message name.
/// </summary>
public static class StepMessages
{
    public const string Create = "Create";
    public const string Update = "Update";
    public const string Delete = "Delete";
    public const string Merge = "Merge";
    public const string Win = "Win";
    public const string Lose = "Lose";
    public const string WinOpportunityRequest = "WinOpportunity";
    public const string LoseOpportunityRequest = "LoseOpportunity";

    public static string ForRequest(string requestName) => requestName switch
    {
        WinOpportunityRequest => Win,
        LoseOpportunityRequest => Lose,
        _ => requestName,
    };
}
