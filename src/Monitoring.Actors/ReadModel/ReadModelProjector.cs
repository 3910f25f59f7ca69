using Akka;
using Akka.Actor;
using Akka.Event;
using Akka.Persistence.Query;
using Akka.Persistence.Sql.Query;
using Akka.Streams;
using Akka.Streams.Dsl;
using Monitoring.Actors.Metrics;

namespace Monitoring.Actors.ReadModel;

/// <summary>
/// Keeps the read model up with the journal: one stream of all its events from the stored offset, in batches, each
/// batch and its offset written together (following every event rather than tags keeps the journal's writes plain
/// bulk inserts). A failed stream restarts from the offset after a back-off. Runs as a cluster
/// singleton, so exactly one node writes the read model.
/// </summary>
public sealed class ReadModelProjector : ReceiveActor
{
    private readonly ReadModelStore _store;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private UniqueKillSwitch? _stream;

    public ReadModelProjector(ReadModelStore store)
    {
        _store = store;
        ReceiveAny(_ => { });
    }

    protected override void PreStart()
    {
        var journal = PersistenceQuery.Get(Context.System).ReadJournalFor<SqlReadJournal>("akka.persistence.query.journal.sql");
        var materializer = Context.Materializer();
        var restarting = RestartSource.OnFailuresWithBackoff(() => Project(journal, ReadModelStore.JournalProjection),
            RestartSettings.Create(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(10), 0.2));
        _stream = restarting.ViaMaterialized(KillSwitches.Single<int>(), Keep.Right).To(Sink.Ignore<int>()).Run(materializer);
    }

    protected override void PostStop() => _stream?.Shutdown();

    private Source<int, NotUsed> Project(SqlReadJournal journal, string tag) =>
        Source.FromTask(_store.OffsetAsync(tag))
            .ConcatMany(offset => journal.AllEvents(Offset.Sequence(offset)))
            .GroupedWithin(500, TimeSpan.FromMilliseconds(50))
            .SelectAsync(1, async batch =>
            {
                var list = batch.ToList();
                await _store.ApplyAsync(tag, list);
                MonitoringMetrics.ProjectionLag.WithLabels(tag)
                    .Set(Math.Max(0, (DateTime.UtcNow - new DateTime(list[^1].Timestamp, DateTimeKind.Utc)).TotalSeconds));
                return list.Count;
            })
            // Idle means caught up: the journal is polled every 100 ms, so a quiet stream is not behind.
            .KeepAlive(TimeSpan.FromSeconds(2), () => 0)
            .Select(count =>
            {
                if (count == 0) MonitoringMetrics.ProjectionLag.WithLabels(tag).Set(0);
                return count;
            })
            .WithAttributes(ActorAttributes.CreateSupervisionStrategy(e =>
            {
                _log.Warning(e, "Projection {0} failed; it restarts from its stored offset", tag);
                return Akka.Streams.Supervision.Directive.Stop;
            }));
}
