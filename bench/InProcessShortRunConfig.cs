using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CrmTiering.Bench;

/// <summary>
/// BenchmarkDotNet's short run (1 launch, 3 warm-up and 3 measured iterations), in process. Not a
/// generated child project: that project would see Core twice (Core.dll and the copy compiled into
/// the plug-in assembly) without the "plugins" alias, and fail to compile.
/// </summary>
public sealed class InProcessShortRunConfig : ManualConfig
{
    public InProcessShortRunConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
    }
}
