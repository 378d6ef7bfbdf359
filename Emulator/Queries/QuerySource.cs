using CrmTiering.Emulator.Metadata;
using CrmTiering.Emulator.Security;

namespace CrmTiering.Emulator.Queries;

/// <summary>A table of a running query: its place in a joined row, its parent's place, metadata and read access.</summary>
internal sealed record QuerySource(SourceSpec Spec, int Slot, int ParentSlot, TableDefinition Table, ReadAccess Access)
{
    public LinkSpec? Link => Spec as LinkSpec;
}
