namespace CrmTiering.Core.Policy;

/// <summary>How won and paid revenue combine into realized revenue (R5).</summary>
public enum RevenueBasis
{
    /// <summary>The larger of won and paid: a deal and its invoices are the same money (default).</summary>
    Max,

    /// <summary>Won plus paid, for businesses where invoices are not tied to opportunities.</summary>
    Sum,

    WonOnly,

    PaidOnly,
}
