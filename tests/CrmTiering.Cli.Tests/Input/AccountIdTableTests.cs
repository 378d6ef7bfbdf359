using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CrmTiering.Cli.Input;
using FsCheck;
using FsCheck.Fluent;

namespace CrmTiering.Cli.Tests.Input;

/// <summary>
/// The id table must answer exactly as an ordinal dictionary of the texts would: a GUID kept as
/// two numbers is one text only (canonical lower case), so its upper-case or braced spelling is a
/// different id, and anything that is not a canonical GUID falls back to the dictionary.
/// </summary>
public sealed class AccountIdTableTests
{
    private const string Guid1 = "0f8fad5b-d9cb-469f-a165-70867728950e";

    [Fact]
    public void A_canonical_guid_is_found_by_text_and_by_bytes_and_only_in_its_own_spelling()
    {
        var table = new AccountIdTable(3);
        Assert.True(table.Add(Guid1, 0));
        Assert.Equal(0, table.IndexOf(Guid1.AsSpan()));
        Assert.Equal(0, table.IndexOf(Encoding.UTF8.GetBytes(Guid1)));
        Assert.Equal(-1, table.IndexOf(Guid1.ToUpperInvariant().AsSpan()));
        Assert.Equal(-1, table.IndexOf(("{" + Guid1 + "}").AsSpan()));
        Assert.Equal(-1, table.IndexOf(Guid1.Replace('e', 'f').AsSpan()));
        Assert.Equal(-1, table.IndexOf(Guid1.Replace("-", "").AsSpan()));
    }

    [Fact]
    public void Other_spellings_are_ids_of_their_own_and_a_second_add_of_any_id_is_refused()
    {
        var table = new AccountIdTable(4);
        Assert.True(table.Add(Guid1, 0));
        Assert.True(table.Add(Guid1.ToUpperInvariant(), 1));
        Assert.True(table.Add("ä-3", 2));
        Assert.True(table.Add("{" + Guid1 + "}", 3));
        Assert.False(table.Add(Guid1, 4));
        Assert.False(table.Add("ä-3", 4));
        Assert.Equal(1, table.IndexOf(Encoding.UTF8.GetBytes(Guid1.ToUpperInvariant())));
        Assert.Equal(2, table.IndexOf(Encoding.UTF8.GetBytes("ä-3")));
        Assert.Equal(3, table.IndexOf(("{" + Guid1 + "}").AsSpan()));
        Assert.Equal(-1, table.IndexOf(ReadOnlySpan<byte>.Empty));
    }

    [Fact]
    public void Every_byte_in_every_position_of_a_guid_is_told_apart()
    {
        // The digits are read eight at a time: any one byte changed, to anything, must be another id.
        var table = new AccountIdTable(2);
        Assert.True(table.Add(Guid1, 0));
        Assert.True(table.Add("ffffffff-0000-9999-aaaa-0123456789ab", 1));
        var text = Encoding.ASCII.GetBytes(Guid1);
        for (var at = 0; at < text.Length; at++)
        {
            for (var value = 0; value < 256; value++)
            {
                var changed = (byte[])text.Clone();
                changed[at] = (byte)value;
                Assert.Equal(changed[at] == text[at] ? 0 : -1, table.IndexOf(changed));
            }
        }
        Assert.Equal(1, table.IndexOf(Encoding.ASCII.GetBytes("ffffffff-0000-9999-aaaa-0123456789ab")));
    }

    [Fact]
    public void Random_ids_and_probes_answer_as_an_ordinal_dictionary()
    {
        var cases = from seed in Gen.Choose(0, int.MaxValue)
                    from count in Gen.Choose(0, 400)
                    select (seed, count);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), Prop.ForAll(Arb.From(cases), c =>
        {
            var random = new Random(c.seed);
            var pool = Enumerable.Range(0, Math.Max(1, c.count / 2)).Select(_ => Spelling(random, Guid.NewGuid().ToString())).ToList();
            var table = new AccountIdTable(c.count);
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            var position = 0;
            for (var i = 0; i < c.count; i++)
            {
                var id = random.Next(4) == 0 ? pool[random.Next(pool.Count)] : Spelling(random, Guid.NewGuid().ToString());
                var added = expected.TryAdd(id, position);
                Assert.Equal(added, table.Add(id, position));
                if (added) position++;
            }
            var probes = expected.Keys.Concat(pool).Concat(expected.Keys.Select(id => Spelling(random, id)));
            foreach (var probe in probes)
            {
                var want = expected.TryGetValue(probe, out var at) ? at : -1;
                Assert.Equal(want, table.IndexOf(probe.AsSpan()));
                Assert.Equal(want, table.IndexOf(Encoding.UTF8.GetBytes(probe)));
            }
        }));
    }

    // Mostly the canonical form; sometimes a spelling a hand-made export might use.
    private static string Spelling(Random random, string guid) => random.Next(8) switch
    {
        0 => guid.ToUpperInvariant(),
        1 => "{" + guid + "}",
        2 => guid.Replace("-", ""),
        3 => guid[..^1] + "g",
        4 => "acct-" + random.Next(50),
        _ => guid,
    };
}
