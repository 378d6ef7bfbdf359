using System;
using System.ServiceModel;
using CrmTiering.Plugins.Data;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Plugins.Tiering;

/// <summary>
/// Runs work on an account read with its RowVersion and, outside a transaction, runs it again on a fresh
/// read when another job wrote the account first (ConcurrencyVersionMismatch, "Optimistic concurrency").
/// Each loss is another job's commit, so with n jobs in flight for one account n attempts suffice; after
/// <see cref="MaxAttempts"/> it gives up with <see cref="LostRaceException"/>. Inside a transaction a
/// failed call has ended it, so the fault is never caught there (fail fast).
/// </summary>
public static class LostRaceRetry
{
    public const int MaxAttempts = 5;

    /// <summary>The work's result; null when the account disappeared before a repeat.</summary>
    public static T? Run<T>(IOrganizationService systemService, Entity accountRow, bool inTransaction, Func<Entity, T> work, Action<string> trace)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return work(accountRow);
            }
            catch (FaultException<OrganizationServiceFault> fault)
                when (!inTransaction && fault.Detail?.ErrorCode == PlatformErrorCodes.ConcurrencyVersionMismatch)
            {
                if (attempt >= MaxAttempts)
                {
                    throw new LostRaceException(accountRow.Id, attempt, fault);
                }

                // Asynchronous: no transaction to end. Another job wrote the account after this one read it.
                trace($"Account {accountRow.Id}: written by another job since it was read (attempt {attempt}); reading it again.");
                var fresh = AccountTierReader.Retrieve(systemService, accountRow.Id);
                if (fresh is null)
                {
                    trace($"Account {accountRow.Id} no longer exists.");
                    return null;
                }

                accountRow = fresh;
            }
        }
    }
}
