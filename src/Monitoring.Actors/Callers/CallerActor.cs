using Akka.Actor;
using Akka.Persistence;
using Monitoring.Actors.Metrics;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Interactions;

namespace Monitoring.Actors.Callers;

/// <summary>
/// One caller number's history, event-sourced and kept forever: every interaction, a case or not. Nearly every call
/// wakes a caller never heard before, so recovery skips the snapshot store (a query that would find nothing) and
/// replays the events, which are few per number; the history people read comes from the read model.
/// </summary>
public sealed class CallerActor : ReceivePersistentActor
{
    private CallerHistory _history;
    private IActorRef? _awaitingPersist;

    public CallerActor(string entityId)
    {
        _history = CallerHistory.Empty(new CallerNumber(entityId));
        PersistenceId = PersistenceIdOf(new CallerNumber(entityId));

        Recover<InteractionRecorded>(e => _history = _history.Record(e.Entry));

        Command<FileInteraction>(File);
    }

    public override string PersistenceId { get; }

    public static string PersistenceIdOf(CallerNumber caller) => "caller-" + caller.Value;

    public override Recovery Recovery { get; } = new(SnapshotSelectionCriteria.None);

    /// <summary>The journal failed: the one waiting hears so at once (the Server answers 503); the actor then stops.</summary>
    protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        _awaitingPersist?.Tell(new StorageUnavailable(cause.Message));
        _awaitingPersist = null;
        base.OnPersistFailure(cause, @event, sequenceNr);
    }

    /// <summary>Every interaction is counted here, where it enters a history: once, whether it opened a case or not.</summary>
    private static void Count(Interaction i)
    {
        var channel = CaseMetrics.Label(i.Channel);
        MonitoringMetrics.Interactions.WithLabels(CaseMetrics.Label(i.Kind), channel, i.Category is { } c ? CaseMetrics.Label(c) : "none").Inc();
        if (i.TimeToAnswer is { } answer) MonitoringMetrics.AnswerSeconds.WithLabels(channel).Observe(answer.TotalSeconds);
    }

    private void File(FileInteraction file)
    {
        var id = file.Entry.Interaction.Id;
        if (_history.Has(id))
        {
            Sender.Tell(new InteractionFiled(id));
            return;
        }
        var replyTo = Sender;
        _awaitingPersist = replyTo;
        Persist(new InteractionRecorded(file.Entry), e =>
        {
            _awaitingPersist = null;
            _history = _history.Record(e.Entry);
            Count(e.Entry.Interaction);
            replyTo.Tell(new InteractionFiled(id));
        });
    }
}
