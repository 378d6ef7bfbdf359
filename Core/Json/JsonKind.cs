namespace CrmTiering.Core.Json;

internal enum JsonKind
{
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
}
