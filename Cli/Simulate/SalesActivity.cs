using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Cli.Simulate;

/// <summary>One user request of the simulated day, performed through the acting user's own service.</summary>
public sealed record SalesActivity(AccountProfile Account, ActivityKind Kind, Action<IOrganizationService> Perform);
