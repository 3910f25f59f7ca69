using Akka.Actor;
using Akka.Cluster.Sharding;
using Akka.Cluster.Tools.PublishSubscribe;
using Akka.Persistence;
using Monitoring.Actors.Metrics;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Telephony;

namespace Monitoring.Actors.Telephony;

/// <summary>
/// One call as the telephony reports it, event-sourced: each new step once, whatever order or how often they come. While
/// it rings it moves up its answering chain at each <c>AnswerWithin</c>; an abandoned call is filed in the caller's history
/// by the center, and so is an answered one no form came for within the grace. What is due is held as absolute times and
/// re-armed on recovery; the region remembers a call until nothing is due.
/// </summary>
public sealed class CallActor : ReceivePersistentActor, IWithTimers
{
    private const string MoveTimer = "move";
    private const string GraceTimer = "grace";
    private const string FilingTimer = "filing";

    /// <summary>How long a form's claim on the call holds while it is recorded.</summary>
    private static readonly TimeSpan ClaimFor = TimeSpan.FromSeconds(30);

    /// <summary>How long a call with nothing due stays awake for its next step: a PBX sends a call's steps seconds apart, and
    /// an actor stopping between them would make each step wait for the stop and a new start.</summary>
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(2);

    /// <summary>How long the caller's history has to confirm a filing before it is sent again.</summary>
    private static readonly TimeSpan FilingRetry = TimeSpan.FromSeconds(5);

    private readonly TelephonySettings _settings;
    private readonly IActorRef _callers;
    private Call _call;
    private Kind? _filing;
    private DateTimeOffset? _claimedAt;
    private IActorRef? _awaitingPersist;

    public CallActor(string entityId, TelephonySettings settings, IActorRef callers)
    {
        _settings = settings;
        _callers = callers;
        _call = Call.Empty(new CallId(entityId));
        PersistenceId = PersistenceIdOf(_call.Id);

        Recover<CallEvent>(e => _call = _call.Apply(e));
        // Never let go during recovery: the message that woke the call waits for it, and a call stopping before it is
        // handled would be started again for it, and stop again.
        Recover<RecoveryCompleted>(_ => Arm());

        Command<ReportCallStep>(Report);
        Command<GetCall>(_ => Reply(Sender));
        Command<AttachCallForm>(_ =>
        {
            var (attach, refusal) = _call.AttachForm();
            // One form at a time: a second sent while the first is being recorded is refused as if the first were in, so
            // twenty forms sent at once for one call open one case, not twenty. A claim whose form never came back lapses.
            if (attach is not null && _claimedAt is { } claimed && Now - claimed < ClaimFor) (attach, refusal) = (null, ErrorCodes.CallRecorded);
            if (attach is not null) _claimedAt = Now;
            Sender.Tell(new CallFormReply(attach, refusal));
            Arm();
        });
        Command<CallFormRecorded>(Classify);
        Command<ReleaseCallForm>(_ => _claimedAt = null);
        Command<AttachLocation>(l => Remember(new CallLocated(_call.Id, l.At, l.Location), Sender));
        Command<MoveDue>(_ => MoveUp());
        Command<ReceiveTimeout>(_ => LetGo());
        Command<GraceDue>(_ => FileUnclassified());
        Command<FilingDue>(_ => File());
        Command<InteractionFiled>(Filed);
        // The caller's history could not store the filing: the filing timer sends it again.
        Command<StorageUnavailable>(_ => { });
    }

    public override string PersistenceId { get; }

    public static string PersistenceIdOf(CallId id) => "call-" + id.Value;

    /// <summary>A call is a handful of events: replayed, never snapshotted.</summary>
    public override Recovery Recovery { get; } = new(SnapshotSelectionCriteria.None);

    public ITimerScheduler Timers { get; set; } = null!;

    protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        _awaitingPersist?.Tell(new StorageUnavailable(cause.Message));
        _awaitingPersist = null;
        base.OnPersistFailure(cause, @event, sequenceNr);
    }

    /// <summary>The journal refused the event (it would not serialize): nothing was written, and the one waiting hears so.</summary>
    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        _awaitingPersist?.Tell(new StorageUnavailable(cause.Message));
        _awaitingPersist = null;
        base.OnPersistRejected(cause, @event, sequenceNr);
    }

    private DateTimeOffset Now => _settings.Clock.GetUtcNow();

    /// <summary>The answering chain of the call's position, resolved once per position: every reply and publish asks it.</summary>
    private IReadOnlyList<UnitId> Chain
    {
        get
        {
            if (_chain is null || !Equals(_chainFor, _call.Location)) (_chainFor, _chain) = (_call.Location, CallChain.For(_settings.Coverage, _call.Location));
            return _chain;
        }
    }

    private NetworkLocation? _chainFor;
    private IReadOnlyList<UnitId>? _chain;

    private RingPosition Position => _call.Position(Chain, Now, _settings.AnswerWithin);

    private void Reply(IActorRef to, FieldError? refusal = null)
    {
        to.Tell(new CallReply(CallSnapshot.Of(_call, Position), refusal));
        Arm();
    }

    private void Report(ReportCallStep report)
    {
        var step = report.Event;
        if (_call.Knows(step))
        {
            Reply(Sender);
            return;
        }
        if (_call.Refusal(step) is { } refusal)
        {
            Reply(Sender, refusal);
            return;
        }
        var before = _call;
        Remember(new CallStepRecorded(step), Sender, () => Count(before, _call));
    }

    private void Classify(CallFormRecorded recorded)
    {
        if (_call.Classified is not null)
        {
            Reply(Sender);
            return;
        }
        Timers.Cancel(GraceTimer);
        Remember(new CallClassified(_call.Id, Now, recorded.Kind), Sender);
    }

    /// <summary>Every level the call should have climbed by now, each with the time it was due (several after a restart).</summary>
    private void MoveUp()
    {
        if (_call.Status != CallStatus.Ringing || _call.OfferedAt is not { } offered) return;
        var chain = Chain;
        var position = _call.Position(chain, Now, _settings.AnswerWithin);
        var moves = Enumerable.Range(_call.Level + 1, Math.Max(0, position.Level - _call.Level))
            .Select(level => new CallMovedUp(_call.Id, offered + _settings.AnswerWithin * level, chain[level], level)).ToList();
        if (moves.Count == 0)
        {
            Arm();
            return;
        }
        var remaining = moves.Count;
        PersistAll(moves, e =>
        {
            _call = _call.Apply(e);
            MonitoringMetrics.CallsMovedUp.WithLabels(e.Level.ToString(System.Globalization.CultureInfo.InvariantCulture), Polda).Inc();
            if (--remaining > 0) return;
            Publish();
            Arm();
        });
    }

    private void FileUnclassified()
    {
        if (_call.UnclassifiedDueAt(_settings.Grace) is { } due && due <= Now) File(Kind.Unclassified);
        else Arm();
    }

    private void File(Kind kind)
    {
        _filing = kind;
        File();
    }

    /// <summary>Sent until the caller's history confirms; the history files one interaction id once, so a repeat is harmless.</summary>
    private void File()
    {
        if (_filing is not { } kind || _call.Caller is not { } caller) return;
        _callers.Tell(new FileInteraction(caller, new CallerEntry(_call.Provisional(kind, Now), null, null)));
        Timers.StartSingleTimer(FilingTimer, FilingDue.Instance, FilingRetry);
    }

    private void Filed(InteractionFiled filed)
    {
        if (filed.InteractionId != _call.InteractionId || _filing is not { } kind) return;
        Timers.Cancel(FilingTimer);
        _filing = null;
        if (_call.Filed == kind) return;
        Persist(new CallFiled(_call.Id, Now, kind), e =>
        {
            _call = _call.Apply(e);
            Arm();
        });
    }

    private void Remember(CallEvent @event, IActorRef replyTo, Action? after = null)
    {
        _awaitingPersist = replyTo;
        Persist(@event, e =>
        {
            _awaitingPersist = null;
            _call = _call.Apply(e);
            after?.Invoke();
            Publish();
            Reply(replyTo);
        });
    }

    /// <summary>Counted where the step is persisted, once, never on replay: the answer once both its ends are known,
    /// whichever came first.</summary>
    private void Count(Call before, Call after)
    {
        var polda = Polda;
        if (before.OfferedAt is null && after.OfferedAt is not null) MonitoringMetrics.CallsOffered.WithLabels(polda).Inc();
        if ((before.OfferedAt is null || before.AnsweredAt is null) && after is { OfferedAt: { } offered, AnsweredAt: { } answered })
        {
            var rang = answered - offered;
            MonitoringMetrics.CallsAnswered.WithLabels(polda).Inc();
            MonitoringMetrics.CallRingSeconds.WithLabels(polda).Observe(rang.TotalSeconds);
            if (rang <= _settings.AnswerWithin) MonitoringMetrics.CallsAnsweredWithinTarget.WithLabels(polda).Inc();
        }
        if (before.Status != CallStatus.Abandoned && after.Status == CallStatus.Abandoned) MonitoringMetrics.CallsAbandoned.WithLabels(polda).Inc();
    }

    /// <summary>The Polda the call rings in as its chain stands at the step counted: a position that arrives after the
    /// offer can move a call's later steps to another Polda than its offer, which the metrics accept over holding the
    /// first chain.</summary>
    private string Polda => CaseMetrics.PoldaLabel(_settings.Coverage.Tree, Chain[0]);

    /// <summary>Sets the timers for what is due, files what is owed, and lets the call go once nothing is and it has been idle.</summary>
    private void Arm()
    {
        if (!_call.IsKnown)
        {
            Context.SetReceiveTimeout(Idle);
            return;
        }
        var now = Now;
        var due = false;
        if (_call.MoveDueAt(Position, now) is { } move)
        {
            Timers.StartSingleTimer(MoveTimer, MoveDue.Instance, Delay(move, now));
            due = true;
        }
        else Timers.Cancel(MoveTimer);
        if (_call.OwesAbandonedFiling)
        {
            if (_filing is null) File(Kind.Abandoned);
            due = true;
        }
        if (_call.UnclassifiedDueAt(_settings.Grace) is { } grace)
        {
            if (_filing is null) Timers.StartSingleTimer(GraceTimer, GraceDue.Instance, Delay(grace, now));
            due = true;
        }
        if (_call.Status is CallStatus.Ringing or CallStatus.Answered || _filing is not null) due = true;
        // Let go only after a while idle: never during recovery (the message that woke the call waits for it) and never
        // between steps seconds apart.
        Context.SetReceiveTimeout(due ? null : Idle);
    }

    /// <summary>Every node's call board hears of the change: the walls' queue and the screen that pops the call.</summary>
    private void Publish() => DistributedPubSub.Get(Context.System).Mediator.Tell(
        new Publish(CallChanged.Topic, new CallChanged(CallSnapshot.Of(_call, Position), LastSequenceNr, Chain)));

    /// <summary>Idle with nothing due: the call stops and its shard forgets it (a remembered call would start again).</summary>
    private void LetGo()
    {
        Context.SetReceiveTimeout(null);
        Context.Parent.Tell(new Passivate(PoisonPill.Instance));
    }

    private static TimeSpan Delay(DateTimeOffset at, DateTimeOffset now) => at > now ? at - now : TimeSpan.Zero;

    private sealed class MoveDue
    {
        public static readonly MoveDue Instance = new();
    }

    private sealed class GraceDue
    {
        public static readonly GraceDue Instance = new();
    }

    private sealed class FilingDue
    {
        public static readonly FilingDue Instance = new();
    }
}
