using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Handlers;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Messages;

/// <summary>ExecuteMultiple's Settings (the SDK's ExecuteMultipleSettings; the SDK used here has no typed request).</summary>
public sealed class ExecuteMultipleSettings
{
    public bool ContinueOnError { get; set; }

    public bool ReturnResponses { get; set; }
}

/// <summary>One item of ExecuteMultiple's Responses: the request's index and its response or fault.</summary>
public sealed class ExecuteMultipleResponseItem
{
    public int RequestIndex { get; init; }

    public OrganizationResponse? Response { get; init; }

    public OrganizationServiceFault? Fault { get; init; }
}

/// <summary>ExecuteTransaction's fault detail: the index of the request that failed (the SDK's ExecuteTransactionFault).</summary>
public sealed class ExecuteTransactionFault : OrganizationServiceFault
{
    public int FaultedRequestIndex { get; init; }
}

/// <summary>
/// ExecuteMultiple ("Execute multiple requests using the SDK for .NET"): <c>["Requests"]</c> (a list of
/// requests), <c>["Settings"]</c> (<see cref="ExecuteMultipleSettings"/>). Each request runs on its own, in
/// order, as the caller (no shared transaction: earlier successes stay when a later one fails). With
/// ContinueOnError false the run stops at the first fault; the fault is always in Responses (with its
/// RequestIndex), successes only with ReturnResponses. Results: Responses, IsFaulted. More than 1 000
/// requests, or an ExecuteMultiple / ExecuteTransaction inside, is refused with a fault before any runs.
/// </summary>
public sealed class ExecuteMultipleHandler : IRequestHandler
{
    public const int MaxBatchSize = 1000;

    public string MessageName => "ExecuteMultiple";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var requests = Batch.Requests(request);
        var settings = RequestContext.Parameter<ExecuteMultipleSettings>(request, "Settings") ?? throw PlatformFault.MissingParameter("Settings");
        var responses = new List<ExecuteMultipleResponseItem>();
        var faulted = false;
        for (var i = 0; i < requests.Count; i++)
        {
            try
            {
                var response = context.Organization.Execute(requests[i], context.Caller);
                if (settings.ReturnResponses)
                {
                    responses.Add(new ExecuteMultipleResponseItem { RequestIndex = i, Response = response });
                }
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                faulted = true;
                responses.Add(new ExecuteMultipleResponseItem { RequestIndex = i, Fault = fault.Detail });
                if (!settings.ContinueOnError)
                {
                    break;
                }
            }
        }

        return new OrganizationResponse
        {
            ResponseName = MessageName,
            Results = { ["Responses"] = responses, ["IsFaulted"] = faulted },
        };
    }
}

/// <summary>
/// ExecuteTransaction ("Execute messages in a single database transaction"): <c>["Requests"]</c>,
/// <c>["ReturnResponses"]</c>. The requests run in order in one transaction: when one fails, every change
/// the earlier ones made is undone and the call fails with that request's fault, its detail an
/// <see cref="ExecuteTransactionFault"/> naming FaultedRequestIndex. Results: Responses (with ReturnResponses).
/// Same batch limits as ExecuteMultiple. Async work queued by the inner operations is not withdrawn on rollback.
/// </summary>
public sealed class ExecuteTransactionHandler : IRequestHandler
{
    public string MessageName => "ExecuteTransaction";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var requests = Batch.Requests(request);
        var returnResponses = request.Parameters.TryGetValue("ReturnResponses", out var value) && value is true;
        var responses = new List<OrganizationResponse>();
        using (var transaction = context.Organization.Store.BeginTransaction())
        {
            for (var i = 0; i < requests.Count; i++)
            {
                try
                {
                    responses.Add(context.Organization.Execute(requests[i], context.Caller));
                }
                catch (FaultException<OrganizationServiceFault> fault)
                {
                    transaction.Rollback();
                    var detail = new ExecuteTransactionFault
                    {
                        ErrorCode = fault.Detail.ErrorCode,
                        Message = fault.Detail.Message,
                        InnerFault = fault.Detail,
                        FaultedRequestIndex = i,
                    };
                    detail.ErrorDetails["FaultedRequestIndex"] = i;
                    throw new FaultException<OrganizationServiceFault>(detail, fault.Detail.Message);
                }
            }

            transaction.Commit();
        }

        var response = new OrganizationResponse { ResponseName = MessageName };
        if (returnResponses)
        {
            response.Results["Responses"] = responses;
        }

        return response;
    }
}

internal static class Batch
{
    public static IReadOnlyList<OrganizationRequest> Requests(OrganizationRequest request)
    {
        if (!request.Parameters.TryGetValue("Requests", out var value) || value is not IEnumerable<OrganizationRequest> given)
        {
            throw PlatformFault.MissingParameter("Requests");
        }

        var requests = given.ToList();
        if (requests.Count > ExecuteMultipleHandler.MaxBatchSize)
        {
            throw PlatformFault.InvalidArgument(PlatformFault.Format(PlatformMessages.ExecuteMultipleTooManyRequests, ExecuteMultipleHandler.MaxBatchSize));
        }

        if (requests.Exists(r => r.RequestName is "ExecuteMultiple" or "ExecuteTransaction"))
        {
            throw PlatformFault.InvalidArgument(PlatformMessages.ExecuteMultipleNested);
        }

        return requests;
    }
}
