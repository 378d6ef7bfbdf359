using System;
using System.Collections.Generic;
using CrmTiering.Plugins.Registration;
using CrmTiering.Solution.Packer;

// Exit codes: 0 packed, 2 bad input (one line on stderr).
try
{
    var options = PackerArguments.Parse(args);
    var (unmanaged, managed) = SolutionPackage.Pack(options, TieringSteps.All, warning => Console.Error.WriteLine("note: " + warning));
    Console.WriteLine(unmanaged);
    Console.WriteLine(managed);
    if (options.ScheduleSourceFolder is { } schedule)
    {
        var (scheduleUnmanaged, scheduleManaged) = SchedulePackage.Pack(schedule, options.OutputFolder, options.Version);
        Console.WriteLine(scheduleUnmanaged);
        Console.WriteLine(scheduleManaged);
    }

    return 0;
}
catch (PackingException error)
{
    Console.Error.WriteLine(error.Message);
    return 2;
}
