namespace CrmTiering.Cli.Org.Reading;

/// <summary>
/// One input column read from the org: the logical name the row readers use (<c>ownerid</c>,
/// <c>revenue</c>) and the Web API property that holds it (<c>_ownerid_value</c>, <c>revenue_base</c>).
/// </summary>
public sealed record OrgColumn(string Input, string Property)
{
    /// <summary>A lookup: the Web API returns its id as <c>_name_value</c>.</summary>
    public static OrgColumn Lookup(string name) => new(name, "_" + name + "_value");

    public static OrgColumn Plain(string name) => new(name, name);

    /// <summary>The base-currency twin of a money column (<c>revenue</c> ← <c>revenue_base</c>).</summary>
    public static OrgColumn BaseMoney(string input, string money) => new(input, money + "_base");

    /// <summary>The attribute name in FetchXML and $select: the lookup's own name, not its _value property.</summary>
    public string Attribute => Property.StartsWith('_') && Property.EndsWith("_value") ? Property[1..^6] : Property;
}
