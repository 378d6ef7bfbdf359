using System;
using System.Threading;
using System.Threading.Tasks;
using CrmTiering.Cli.Review;

namespace CrmTiering.Cli.Tests.Review;

/// <summary>The replay's block scheduler: order, the previous-date dependency, the ring, failures, stopping early.</summary>
public sealed class OrderedBlocksTests
{
    private sealed class Slot
    {
        public int Block = -1;
    }

    [Theory]
    [InlineData(1, 1, 1, 1)]
    [InlineData(50, 3, 2, 4)]
    [InlineData(200, 1, 3, 2)]
    [InlineData(97, 10, 2, 1)]
    [InlineData(40, 0, 4, 8)]
    public void Blocks_come_in_order_each_filled_after_the_block_it_depends_on(int count, int dependency, int workers, int ahead)
    {
        var done = new bool[count];
        var violations = 0;
        var inFlight = 0;
        var mostAhead = 0;
        var taken = -1;
        using (var blocks = new OrderedBlocks<Slot>(count, dependency, workers, ahead, () => new Slot(), (k, slot) =>
        {
            if (dependency > 0 && k >= dependency && !Volatile.Read(ref done[k - dependency])) Interlocked.Increment(ref violations);
            // A slot is refilled only once the reader has moved past the block it held.
            if (k - Volatile.Read(ref taken) > ahead) Interlocked.Increment(ref violations);
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref mostAhead, now);
            // Every fifth block is slow, so the blocks after it would overtake it if nothing held them.
            if (k % 5 == 0) Thread.Sleep(2);
            else Thread.SpinWait(50);
            slot.Block = k;
            Volatile.Write(ref done[k], true);
            Interlocked.Decrement(ref inFlight);
        }))
        {
            for (var k = 0; k < count; k++)
            {
                var slot = blocks.Take(k);
                Volatile.Write(ref taken, k);
                Assert.Equal(k, slot.Block);
            }
        }
        Assert.Equal(0, violations);
        Assert.True(mostAhead <= workers);
    }

    [Fact]
    public void A_failing_block_is_thrown_to_the_reader()
    {
        using var blocks = new OrderedBlocks<Slot>(10, 2, 2, 2, () => new Slot(), (k, slot) =>
        {
            if (k == 5) throw new InvalidOperationException("block 5 failed");
            slot.Block = k;
        });
        for (var k = 0; k < 5; k++) Assert.Equal(k, blocks.Take(k).Block);
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            for (var k = 5; k < 10; k++) blocks.Take(k);
        });
        Assert.Equal("block 5 failed", error.Message);
    }

    [Fact]
    public async Task Blocks_before_a_failed_one_still_come_while_their_fills_wait_on_slower_ones()
    {
        // Block 9 fails at once while block 8 still waits for slow block 5: 8 must be filled and
        // delivered all the same, then taking 9 throws (no reader left waiting for an abandoned block).
        var run = Task.Run(() =>
        {
            using var blocks = new OrderedBlocks<Slot>(20, 3, 3, 6, () => new Slot(), (k, slot) =>
            {
                if (k == 5) Thread.Sleep(50);
                if (k == 9) throw new InvalidOperationException("block 9 failed");
                slot.Block = k;
            });
            for (var k = 0; k < 9; k++) Assert.Equal(k, blocks.Take(k).Block);
            return Assert.Throws<InvalidOperationException>(() => blocks.Take(9)).Message;
        });
        var first = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(10)));
        Assert.True(ReferenceEquals(first, run), "the reader was left waiting");
        Assert.Equal("block 9 failed", await run);
    }

    [Fact]
    public void A_reader_that_stops_early_leaves_no_block_filling_behind_it()
    {
        var fills = 0;
        var blocks = new OrderedBlocks<Slot>(1_000, 1, 2, 2, () => new Slot(), (k, slot) =>
        {
            Interlocked.Increment(ref fills);
            slot.Block = k;
        });
        Assert.Equal(0, blocks.Take(0).Block);
        blocks.Dispose();
        var after = Volatile.Read(ref fills);
        Thread.Sleep(50);
        Assert.Equal(after, Volatile.Read(ref fills));
        Assert.True(after <= 2, $"filled {after} blocks for a reader that took one");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
