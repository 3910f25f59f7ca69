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
    private const int RecentShown = 20;

    private readonly IReadOnlyList<Rung> _ladder;
    private readonly TimeProvider _clock;
    private CallerHistory _history;
    private IActorRef? _awaitingPersist;

    public CallerActor(string entityId, IReadOnlyList<Rung> ladder, TimeProvider clock)
    {
        _ladder = ladder;
        _clock = clock;
        _history = CallerHistory.Empty(new CallerNumber(entityId));
        PersistenceId = PersistenceIdOf(new CallerNumber(entityId));

        Recover<InteractionRecorded>(e => _history = _history.Record(e.Entry));
        Recover<CallerSanctioned>(e => _history = _history.Sanction(e.Sanction));

        Command<FileInteraction>(File);
        Command<GetReputation>(_ => Sender.Tell(Reply(Assess())));
        Command<SanctionCaller>(Sanction);
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
        if (!_history.Moves(file.Entry))
        {
            Sender.Tell(new InteractionFiled(id, Assess().Level));
            return;
        }
        var known = _history.Has(id);
        Remember(new InteractionRecorded(file.Entry), e =>
        {
            if (!known) Count(e.Entry.Interaction);
            return _history.Record(e.Entry);
        }, after => new InteractionFiled(id, after.Level));
    }

    private void Sanction(SanctionCaller sanction) =>
        Remember(new CallerSanctioned(sanction.Sanction), e => _history.Sanction(e.Sanction), Reply);

    /// <summary>Persists the event, takes the history it makes, counts a rung climbed and answers with the reputation after it.</summary>
    private void Remember<TEvent>(TEvent @event, Func<TEvent, CallerHistory> apply, Func<Reputation, object> reply)
        where TEvent : notnull
    {
        var replyTo = Sender;
        _awaitingPersist = replyTo;
        Persist(@event, e =>
        {
            _awaitingPersist = null;
            var before = Assess();
            _history = apply(e);
            var after = Assess();
            CountRungs(before, after);
            replyTo.Tell(reply(after));
        });
    }

    private Reputation Assess() => SanctionLadder.Assess(_history, _ladder, _clock.GetUtcNow());

    private CallerReputation Reply(Reputation reputation) =>
        new(_history.Caller, reputation, _history.NewestFirst.Take(RecentShown).ToList());

    /// <summary>A rung counts once as it is reached, not on every call made while standing on it.</summary>
    private static void CountRungs(Reputation before, Reputation after)
    {
        if (after.Level > before.Level) MonitoringMetrics.RungsReached.WithLabels(Domain.DomainJson.Name(after.Level)).Inc();
    }
}
