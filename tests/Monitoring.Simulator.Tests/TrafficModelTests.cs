using System.Text.Json;

namespace Monitoring.Simulator.Tests;

public sealed class TrafficModelTests
{
    private static int DistinctCallers(TrafficModel traffic, int calls) => Enumerable.Range(0, calls)
        .Select(_ => JsonSerializer.SerializeToElement(traffic.NextCall(DateTimeOffset.UtcNow)).GetProperty("callerNumber").GetString())
        .Distinct().Count();

    [Fact]
    public void Pranksters_ring_again_so_many_calls_come_from_numbers_heard_before()
    {
        var distinct = DistinctCallers(new TrafficModel(new Random(1)), 2_000);
        // About half of all calls are pranks and silent calls, and most of those come from a number heard before.
        Assert.InRange(distinct, 1_000, 1_600);
    }

    [Fact]
    public void In_the_worst_case_every_call_comes_from_a_new_number() =>
        Assert.Equal(2_000, DistinctCallers(new TrafficModel(new Random(1), newCallersOnly: true), 2_000));
}
