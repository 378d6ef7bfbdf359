using System;

namespace CrmTiering.Core.Revenue;

/// <summary>The calendar dates (After, Through] of one bucket of <see cref="WindowBuckets"/>; After null: no lower bound.</summary>
public sealed record DateBucket(DateTime? After, DateTime Through);
