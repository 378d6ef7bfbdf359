using System;

namespace CrmTiering.Core.Time;

/// <summary>R2: a plugin's as-of, which never moves time backwards.</summary>
public static class AsOfInstant
{
    /// <summary>
    /// The later of the operation's <c>OperationCreatedOn</c> and the stored <c>ctier_calculatedon</c>,
    /// so a delayed async job never evaluates before an evaluation already stored.
    /// </summary>
    public static DateTime Resolve(DateTime operationCreatedOnUtc, DateTime? storedCalculatedOnUtc) =>
        storedCalculatedOnUtc is not null && storedCalculatedOnUtc.Value > operationCreatedOnUtc
            ? storedCalculatedOnUtc.Value
            : operationCreatedOnUtc;
}
