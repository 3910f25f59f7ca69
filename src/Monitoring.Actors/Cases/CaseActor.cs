using System.Diagnostics;
using Akka.Actor;
using Akka.Cluster.Sharding;
using Akka.Cluster.Tools.PublishSubscribe;
using Akka.Persistence;
using Monitoring.Actors.Metrics;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Patrols;

namespace Monitoring.Actors.Cases;

/// <summary>
/// One open case, event-sourced. It carries the Domain's decisions out: persists their events, replies, tells the
/// responsible units, and keeps its next deadline as an absolute time whose timer is re-armed after every recovery,
/// so a deadline that passed while the case was down fires at once.
/// </summary>
public sealed class CaseActor : ReceivePersistentActor, IWithTimers
{
    private const string DeadlineTimer = "deadline";
    private const string FilingTimer = "filing";

    /// <summary>How long the caller's history has to confirm an interaction before it is sent again.</summary>
    private static readonly TimeSpan FilingRetry = TimeSpan.FromSeconds(5);

    private readonly CaseId _id;
    private readonly CaseSettings _settings;
    private readonly IActorRef _units;
    private readonly IActorRef _callers;
    private readonly IActorRef _wall = DistributedPubSub.Get(Context.System).Mediator;
    private readonly CaseMetrics _metrics;
    private Case? _case;
    /// <summary>Who waits for the events being persisted, to be told at once if the journal fails.</summary>
    private IActorRef? _awaitingPersist;

    public CaseActor(string entityId, CaseSettings settings, IActorRef units, IActorRef callers)
    {
        _id = new CaseId(entityId);
        _settings = settings;
        _units = units;
        _callers = callers;
        _metrics = new CaseMetrics(settings.Tree);

        Recover<CaseEvent>(e => _case = Case.Evolve(_case, e));
        Recover<RecoveryCompleted>(_ => AfterRecovery());

        Command<CaseRequest>(r => Handle(r.Command, Sender));
        Command<GetCase>(_ =>
        {
            Sender.Tell(new CaseReply(_case, _case is null ? NotFound : null));
            StopIfNoCase();
        });
        Command<DeadlineDue>(_ => Handle(CheckDeadline.Instance, ActorRefs.Nobody));
        Command<InteractionFiled>(filed => Handle(new MarkInteractionFiled(filed.InteractionId), ActorRefs.Nobody));
        // The caller's history could not store the interaction: the filing timer sends it again.
        Command<StorageUnavailable>(_ => { });
        Command<AnnounceCase>(_ =>
        {
            if (_case is { IsFinal: false }) TellUnits(null);
            StopIfNoCase();
        });
        Command<FilingDue>(_ =>
        {
            if (_case is { InteractionFiled: false }) FileInteraction();
        });
    }

    public override string PersistenceId => PersistenceIdOf(_id);

    public static string PersistenceIdOf(CaseId id) => "case-" + id.Value;

    /// <summary>A case's history is tens of events and replays in a moment; asking the snapshot store first cost every new
    /// case a query (three round trips on PostgreSQL) that found nothing. So cases keep no snapshots.</summary>
    public override Recovery Recovery { get; } = new(SnapshotSelectionCriteria.None);

    /// <summary>The journal failed: nothing was written; the one waiting hears so now instead of timing out. The actor then stops,
    /// and the next message starts it again from the journal.</summary>
    protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        _awaitingPersist?.Tell(new StorageUnavailable(cause.Message));
        _awaitingPersist = null;
        base.OnPersistFailure(cause, @event, sequenceNr);
    }

    /// <summary>A case leaving this node's memory (passivated, handed over, or the node stopping) leaves its gauge share behind.</summary>
    protected override void PostStop()
    {
        _metrics.Track(null);
        base.PostStop();
    }

    public ITimerScheduler Timers { get; set; } = null!;

    private Rejection NotFound => new(RejectionKind.NotFound, ErrorCodes.CaseNotFound, $"There is no case {_id}.");

    private void Handle(CaseCommand command, IActorRef replyTo)
    {
        var decision = CaseDecider.Decide(_case, _id, command, _settings.Clock.GetUtcNow(), _settings.Sla, _settings.Tree);
        if (decision.Rejected || decision.Events.Count == 0)
        {
            replyTo.Tell(new CaseReply(_case, decision.Rejection));
            // A timer that fired a hair early must not leave the case without one.
            if (command is CheckDeadline && _case is not null) ArmOrPassivate();
            StopIfNoCase();
            return;
        }

        var before = _case;
        _awaitingPersist = replyTo;
        var remaining = decision.Events.Count;
        var asked = Stopwatch.GetTimestamp();
        PersistAll(decision.Events, e =>
        {
            _case = Case.Evolve(_case, e);
            _metrics.Persisted(_case, e);
            if (--remaining > 0) return;
            MonitoringMetrics.JournalWriteSeconds.Observe(Stopwatch.GetElapsedTime(asked).TotalSeconds);
            AfterChange(before, replyTo, decision.Events);
        });
    }

    private void AfterChange(Case? before, IActorRef replyTo, IReadOnlyList<CaseEvent> events)
    {
        _awaitingPersist = null;
        var current = _case!;
        replyTo.Tell(new CaseReply(current, null));
        _metrics.Track(current);
        if (events.LastOrDefault(e => e is not CaseInteractionFiled) is { } change)
        {
            TellUnits(before);
            TellPatrol(before);
            var former = before is not null && !before.Chain.SequenceEqual(current.Chain) ? before.Chain : null;
            _wall.Tell(new Publish(CaseChanged.Topic, new CaseChanged(CaseSummary.Of(current, LastSequenceNr), change.NameOf(), former)));
        }
        if (events.Any(e => e is CaseOpened or CaseLinked)) FileInteraction();
        ArmOrPassivate();
    }

    private void AfterRecovery()
    {
        _metrics.Track(_case);
        if (_case is null) return;
        if (!_case.IsFinal) TellUnits(null);
        if (!_case.InteractionFiled) FileInteraction();
        ArmOrPassivate();
    }

    /// <summary>Every responsible unit gets the case as it now stands; a unit no longer responsible (the case ended, or was
    /// handed to another unit's chain) lets it go.</summary>
    private void TellUnits(Case? before)
    {
        var current = _case!;
        var responsible = current.IsFinal ? [] : current.ResponsibleUnits;
        foreach (var unit in (before ?? current).ResponsibleUnits.Except(responsible))
            _units.Tell(new UntrackCase(unit, current.Id));
        if (current.IsFinal) return;
        var summary = CaseSummary.Of(current, LastSequenceNr);
        foreach (var unit in responsible)
            _units.Tell(new TrackCase(unit, summary));
    }

    /// <summary>The board of the unit that dispatched the case's patrol hears where the case leaves it, when that changed.
    /// Told once, not on recovery: a patrol an officer freed early must not be sent back to the case by a re-announcement.</summary>
    private void TellPatrol(Case? before)
    {
        if (PatrolDuty.Of(_case) is not { } duty || duty == PatrolDuty.Of(before)) return;
        _units.Tell(new ChangePatrols(duty.UnitId, new FollowCase(duty.Patrol, _case!.Id, duty.Status)));
    }

    /// <summary>
    /// Off the intake's hot path: the callers' histories learn of the case's calls, and confirm. Until they do, a call is
    /// sent again: a message to a caller whose node has just died is lost, as is one whose write failed.
    /// </summary>
    private void FileInteraction()
    {
        var c = _case!;
        foreach (var call in c.Calls.Where(i => c.Unfiled.Contains(i.Id)))
            _callers.Tell(new FileInteraction(call.Caller, new CallerEntry(call, c.Id, c.AssignedUnit)));
        Timers.StartSingleTimer(FilingTimer, FilingDue.Instance, FilingRetry);
    }

    /// <summary>A request for a case that was never opened must not leave a remembered, empty entity behind.</summary>
    private void StopIfNoCase()
    {
        if (_case is null) Context.Parent.Tell(new Passivate(PoisonPill.Instance));
    }

    private void ArmOrPassivate()
    {
        var current = _case!;
        if (current.IsFinal)
        {
            Timers.Cancel(DeadlineTimer);
            // Only after the opening interaction is filed: a stopped case would not send it again.
            if (current.InteractionFiled) Context.Parent.Tell(new Passivate(PoisonPill.Instance));
            return;
        }
        if (current.Deadline is not { } deadline) return;
        var delay = deadline - _settings.Clock.GetUtcNow();
        Timers.StartSingleTimer(DeadlineTimer, DeadlineDue.Instance, delay > TimeSpan.Zero ? delay : TimeSpan.Zero);
    }

    private sealed class FilingDue
    {
        public static readonly FilingDue Instance = new();
    }

    private sealed class DeadlineDue
    {
        public static readonly DeadlineDue Instance = new();
    }
}
