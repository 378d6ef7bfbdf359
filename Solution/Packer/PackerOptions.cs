using System;
using System.Collections.Generic;

namespace CrmTiering.Solution.Packer;

/// <summary>
/// What one packing run needs: the source tree, the built deployable (plug-ins and workflow activities), the
/// release and extra message ids; and, when given, the schedule solution's source tree (packed into its own zips).
/// </summary>
public sealed record PackerOptions(
    string SourceFolder,
    string OutputFolder,
    string Version,
    string PluginsDll,
    IReadOnlyDictionary<string, Guid> ExtraMessageIds,
    string? ScheduleSourceFolder = null);
