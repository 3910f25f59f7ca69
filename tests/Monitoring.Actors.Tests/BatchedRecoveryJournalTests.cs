using Akka.Actor;
using Microsoft.Extensions.Time.Testing;
using Monitoring.Actors.Hosting;

namespace Monitoring.Actors.Tests;

[Collection(nameof(ActorSystems))]
public sealed class BatchedRecoveryJournalTests
{
    private static readonly TimeSpan Ask = TimeSpan.FromSeconds(30);
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));

    private static Task<long> Tell(IActorRef tally, string command) => tally.Ask<long>(command, Ask);

    [Fact]
    public async Task Actors_recovering_at_the_same_moment_each_learn_their_own_highest_sequence_number()
    {
        using var db = new TempFolder();
        const int actors = 400;
        static int Events(int i) => i % 3 == 0 ? 0 : i % 7 + 1;

        await using (var first = await ActorHost.StartAsync(db.DatabasePath, Clock))
        {
            Assert.Contains(nameof(BatchedRecoveryJournal), first.System.Settings.Config.GetString("akka.persistence.journal.sql.class"));
            await Task.WhenAll(Enumerable.Range(0, actors).Where(i => Events(i) > 0).Select(async i =>
            {
                var tally = first.System.ActorOf(Tally.Props($"tally-{i}"));
                for (var e = 0; e < Events(i); e++) await Tell(tally, "add");
            }));
        }

        await using var second = await ActorHost.StartAsync(db.DatabasePath, Clock);
        var tallies = Enumerable.Range(0, actors).Select(i => second.System.ActorOf(Tally.Props($"tally-{i}"))).ToList();
        // All at once, so their recoveries share queries; every one must still get its own answer (none for the new).
        var recovered = await Task.WhenAll(tallies.Select(t => Tell(t, "count")));
        Assert.Equal(Enumerable.Range(0, actors).Select(i => (long)Events(i)), recovered);
        // A wrong answer would reuse a sequence number already stored, and that write would fail.
        var next = await Task.WhenAll(tallies.Select(t => Tell(t, "add")));
        Assert.Equal(Enumerable.Range(0, actors).Select(i => (long)Events(i) + 1), next);
    }

    [Fact]
    public async Task An_actor_started_again_while_its_last_write_is_in_flight_continues_after_that_write()
    {
        using var db = new TempFolder();
        await using var host = await ActorHost.StartAsync(db.DatabasePath, Clock);
        var restarted = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            var first = host.System.ActorOf(Tally.Props($"hasty-{i}"));
            await Tell(first, "add");
            first.Tell("add-and-stop");
            await first.WatchAsync(TestContext.Current.CancellationToken);
            var again = host.System.ActorOf(Tally.Props($"hasty-{i}"));
            return (Recovered: await Tell(again, "count"), Next: await Tell(again, "add"));
        }));
        Assert.All(restarted, r => Assert.Equal((2L, 3L), r));
    }
}
