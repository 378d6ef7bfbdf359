using System;
using BenchmarkDotNet.Running;
using CrmTiering.Bench.Calls;
using CrmTiering.Bench.Review;
using CrmTiering.Bench.Sweep;

namespace CrmTiering.Bench;

/// <summary>
/// <c>calls</c>, <c>generate</c>, <c>bulk</c> and <c>sweep</c> are the bench's own commands (docs/benchmarks.md);
/// anything else goes to BenchmarkDotNet (e.g. <c>--filter *</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var rest = args.Length > 0 ? args[1..] : Array.Empty<string>();
        switch (args.Length > 0 ? args[0] : string.Empty)
        {
            case CallsPerEventCommand.Name:
                return CallsPerEventCommand.Run(rest, Console.Out);
            case GenerateCommand.Name:
                return GenerateCommand.Run(rest, Console.Out);
            case BulkReviewCommand.Name:
                return BulkReviewCommand.Run(rest, Console.Out);
            case SweepCommand.Name:
                return SweepCommand.Run(rest, Console.Out);
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }
}
