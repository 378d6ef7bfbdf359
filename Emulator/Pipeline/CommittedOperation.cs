using System;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Pipeline;

/// <summary>What an observer learns about an operation (for an Update split by the state rule, one part of it).</summary>
internal sealed record CommittedOperation(
    string Message,
    string Entity,
    Guid PrimaryId,
    Entity? Target,
    Guid CallerId,
    Guid InitiatingUserId,
    int Depth,
    DateTime OperationCreatedOn,
    OperationChain Chain);
