using System;
using System.IO;

namespace CrmTiering.Solution.Tests;

/// <summary>A throw-away copy of Solution/schedule/src, for tests that break a source file on purpose.</summary>
public static class ScheduleSourceCopy
{
    public static string Make()
    {
        var target = Path.Combine(Path.GetTempPath(), "crmtiering-schedule-src-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(BuildLayout.ScheduleSource, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(BuildLayout.ScheduleSource, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
