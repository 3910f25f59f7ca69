using Akka.Actor;
using Akka.Persistence;
using Akka.Persistence.Sql;
using Akka.Persistence.Sql.Config;
using Akka.Persistence.Sql.Journal.Dao;
using Akka.Persistence.Sql.Journal.Types;
using Microsoft.Extensions.Time.Testing;
using Monitoring.Actors.Hosting;
using Monitoring.Persistence;
using Monitoring.Persistence.Journal;
using Monitoring.Persistence.Storage;

namespace Monitoring.Persistence.Tests;

[Collection(nameof(ActorSystems))]
public sealed class BatchedJournalTests
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
            Assert.Contains(nameof(BatchedJournal), first.System.Settings.Config.GetString("akka.persistence.journal.sql.class"));
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

    [Fact]
    public async Task A_write_the_database_refuses_fails_alone_and_the_writes_batched_with_it_are_stored()
    {
        using var db = new TempFolder();
        await using var host = await ActorHost.StartAsync(db.DatabasePath, Clock);
        // Tables exist once the journal has written.
        await Tell(host.System.ActorOf(Tally.Props("first")), "add");
        var config = new JournalConfig(host.System.Settings.Config.GetConfig("akka.persistence.journal.sql")
            .WithFallback(SqlPersistence.DefaultJournalConfiguration));
        Assert.True(JournalTable.Handles(config));
        var serializer = new ByteArrayJournalSerializer(config, host.System.Serialization, config.PluginConfig.TagSeparator, "test");
        JournalRow[] Event(string persistenceId) =>
            serializer.Serialize([new AtomicWrite(new Persistent("added", 1, persistenceId))], DateTime.UtcNow.Ticks)[0].Get();

        using var writer = JournalTable.For(config);
        await writer.WriteAsync(Event("taken"));
        // Queued at once, so they share batches; the one that reuses a sequence number breaks its batch's transaction.
        var writes = Enumerable.Range(0, 200).Select(i => i == 100 ? Event("taken") : Event($"good-{i}"))
            .Select(rows => writer.WriteAsync(rows).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default))
            .ToList();
        var stored = await Task.WhenAll(writes);

        Assert.Equal(Enumerable.Range(0, 200).Select(i => i != 100), stored);
        // The plugin replays the writer's rows as its own.
        var counts = await Task.WhenAll(Enumerable.Range(0, 200).Where(i => i != 100)
            .Select(i => Tell(host.System.ActorOf(Tally.Props($"good-{i}")), "count")));
        Assert.All(counts, c => Assert.Equal(1L, c));
        Assert.Equal(1L, await Tell(host.System.ActorOf(Tally.Props("taken")), "count"));
    }
}
