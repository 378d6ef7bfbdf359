using System;
using FsCheck;
using FsCheck.Fluent;

namespace CrmTiering.Core.Tests.Properties;

/// <summary>Runs an FsCheck property from a plain [Fact] (there is no FsCheck.Xunit here).</summary>
internal static class PropertyCheck
{
    public static void ForAll<T>(Gen<T> generator, Func<T, bool> property, int runs = 200) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(runs), Prop.ForAll(Arb.From(generator), property));
}
