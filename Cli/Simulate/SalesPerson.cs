using System;

namespace CrmTiering.Cli.Simulate;

/// <summary>A user or team of the simulated organisation, as the summary names task owners.</summary>
/// <param name="Role">"manager", "rep" or "team".</param>
public sealed record SalesPerson(Guid Id, string Name, string Role, string BusinessUnit)
{
    public bool IsTeam => Role == SalesOrganization.TeamRole;
}
