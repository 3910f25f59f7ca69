using Akka;
using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Akka.Event;
using Akka.Persistence.Query;
using Akka.Persistence.Sql.Query;
using Akka.Streams;
using Akka.Streams.Dsl;
using Monitoring.Actors.Protocol;
using Monitoring.Persistence.Journal;
using Monitoring.Persistence.Storage;

namespace Monitoring.Persistence.ReadModel;

/// <summary>
/// Keeps the read model up with the journal: one stream of all its events from the stored offset, in batches, each
/// batch and its offset written together (following every event rather than tags keeps the journal's writes plain
/// bulk inserts). An event the read model cannot hold is set aside rather than retried for ever; a database that
/// cannot be reached fails the stream, which restarts from the offset after a back-off. Runs as a cluster
/// singleton, so exactly one node writes the read model.
/// </summary>
public sealed class ReadModelProjector : ReceiveActor
{
    /// <summary>The one projection: every event of the journal, in order.</summary>
    public const string Projection = "journal";

    private readonly ReadModelDatabase _database;
    private readonly ReadModelWriter _writer;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly IActorRef _mediator = DistributedPubSub.Get(Context.System).Mediator;
    private UniqueKillSwitch? _stream;

    public ReadModelProjector(ReadModelDatabase database, ReadModelWriter writer)
    {
        _database = database;
        _writer = writer;
        ReceiveAny(_ => { });
    }

    protected override void PreStart()
    {
        // The read journal is looked up inside the stream, never here: a failure in PreStart (a slow journal start on a
        // loaded machine) would stop this singleton for good, and with it the read model; in the stream it is retried.
        var system = Context.System;
        var materializer = Context.Materializer();
        var restarting = RestartSource.OnFailuresWithBackoff(() => Project(system, Projection),
            RestartSettings.Create(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(10), 0.2));
        // Counted from zero, so an alert on its increase sees the first event set aside.
        ReadModelMetrics.ProjectionQuarantined.WithLabels(Projection);
        _stream = restarting.ViaMaterialized(KillSwitches.Single<int>(), Keep.Right).To(Sink.Ignore<int>()).Run(materializer);
    }

    protected override void PostStop() => _stream?.Shutdown();

    /// <summary>The wall feeds hear that everything the journal wrote until <paramref name="through"/> (give or take a
    /// transaction) is in the read model.</summary>
    private void ReportProgress(DateTime through) => _mediator.Tell(new Publish(Projected.Topic, new Projected(through)));

    private Source<int, NotUsed> Project(ActorSystem system, string tag) =>
        Source.FromTask(_database.OffsetAsync(tag))
            .ConcatMany(offset => PersistenceQuery.Get(system).ReadJournalFor<SqlReadJournal>(CaseReader.QueryJournal).AllEvents(Offset.Sequence(offset)))
            .GroupedWithin(500, TimeSpan.FromMilliseconds(50))
            .SelectAsync(1, async batch =>
            {
                var list = batch.ToList();
                await WriteAsync(tag, list);
                ReportProgress(new DateTime(list[^1].Timestamp, DateTimeKind.Utc));
                return list.Count;
            })
            .WithAttributes(ActorAttributes.CreateSupervisionStrategy(e =>
            {
                _log.Warning(e, "Projection {0} failed; it restarts from its stored offset", tag);
                return Akka.Streams.Supervision.Directive.Stop;
            }));

    /// <summary>
    /// A batch that fails for its data is written again one event at a time, so that only an event that fails alone is
    /// set aside, and only if setting it aside then commits. A failure of the database itself (<see cref="StorageFailure"/>)
    /// is thrown at once: healthy events are never set aside for an outage.
    /// </summary>
    private async Task WriteAsync(string tag, IReadOnlyList<EventEnvelope> batch)
    {
        try
        {
            await _writer.ApplyAsync(tag, batch);
            return;
        }
        catch (Exception e) when (!StorageFailure.IsTransient(e))
        {
            _log.Info("A batch of projection {0} failed ({1}); it is written again one event at a time", tag, e.Message);
        }
        foreach (var envelope in batch)
        {
            try
            {
                await _writer.ApplyAsync(tag, [envelope]);
            }
            catch (Exception e) when (!StorageFailure.IsTransient(e))
            {
                await _writer.QuarantineAsync(tag, envelope, e);
                ReadModelMetrics.ProjectionQuarantined.WithLabels(tag).Inc();
                _log.Warning(e, "Projection {0} set aside {1} #{2} (journal ordering {3}) in rm_quarantine: the read model cannot hold it",
                    tag, envelope.PersistenceId, envelope.SequenceNr, ((Sequence)envelope.Offset).Value);
            }
        }
    }
}
