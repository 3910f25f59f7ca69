using System.Collections.Concurrent;
using Akka.Actor;
using Akka.Persistence.Query;
using Akka.Persistence.Sql.Query;
using Akka.Streams;
using Akka.Streams.Dsl;

namespace Monitoring.Persistence.Tests;

[Collection(nameof(ActorSystems))]
public sealed class JournalQueryTests
{
    /// <summary>
    /// On PostgreSQL (whichever pass: SQLite has one writer, so no gaps) writes commit side by side, and an event can commit
    /// after events numbered above it. The query must wait for it rather than count its number as lost.
    /// </summary>
    [Fact]
    public async Task An_event_committed_seconds_after_later_ones_still_reaches_the_projections_stream()
    {
        using var folder = new TempFolder();
        await using var host = await ActorHost.StartOnPostgreSqlAsync(folder.DatabasePath);
        // The slow transaction: its row has taken its number when the trigger holds it.
        host.Execute<int>("""
            CREATE FUNCTION hold_slow() RETURNS trigger AS $$ BEGIN PERFORM pg_sleep(3); RETURN NEW; END $$ LANGUAGE plpgsql;
            CREATE TRIGGER hold_slow BEFORE INSERT ON journal FOR EACH ROW WHEN (NEW.persistence_id = 'slow') EXECUTE FUNCTION hold_slow();
            """);

        var seen = new ConcurrentDictionary<string, long>();
        var journal = PersistenceQuery.Get(host.System).ReadJournalFor<SqlReadJournal>("akka.persistence.query.journal.sql");
        var stream = journal.AllEvents(Offset.NoOffset()).ViaMaterialized(KillSwitches.Single<EventEnvelope>(), Keep.Right)
            .To(Sink.ForEach<EventEnvelope>(e => seen[e.PersistenceId] = e.SequenceNr)).Run(host.System.Materializer());
        try
        {
            var slow = host.System.ActorOf(Tally.Props("slow")).Ask<long>("add", ActorHost.Ask);
            await Eventually.Until(() => Task.FromResult(host.Execute<long>("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'")),
                n => n == 1, what: "the slow write held in its transaction");
            // Committed at once, numbered after the slow one (their acknowledgements wait for its: the journal answers in order).
            await Task.WhenAll(Enumerable.Range(0, 20).Select(i => host.System.ActorOf(Tally.Props($"quick-{i}")).Ask<long>("add", ActorHost.Ask)));
            Assert.Equal(1L, await slow);
            await Eventually.Until(() => Task.FromResult(seen.Keys.Count(k => k.StartsWith("quick-"))), n => n == 20,
                what: "the later writes in the stream");
            await Eventually.Until(() => Task.FromResult(seen.ContainsKey("slow")), s => s, within: TimeSpan.FromSeconds(20),
                what: "the slow write in the stream");
        }
        finally
        {
            stream.Shutdown();
        }
    }
}
