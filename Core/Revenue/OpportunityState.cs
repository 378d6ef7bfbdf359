namespace CrmTiering.Core.Revenue;

/// <summary>The opportunity's <c>statecode</c> values.</summary>
public enum OpportunityState
{
    Open = 0,
    Won = 1,
    Lost = 2,
}
