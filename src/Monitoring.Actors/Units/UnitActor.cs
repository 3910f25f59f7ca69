using System.Collections.Immutable;
using Akka.Actor;
using Akka.Event;
using Akka.Persistence;
using Akka.Cluster.Tools.PublishSubscribe;
using Monitoring.Actors.Metrics;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Patrols;
using Monitoring.Domain.Surges;

namespace Monitoring.Actors.Units;

/// <summary>
/// One unit: its live queue and its patrol board. The queue is not persisted: the cases are the truth. They announce
/// themselves again when they recover; and a unit that starts again while its cases live on (its node died) finds them in
/// the read model and asks each to announce itself. The patrol board is the unit's own and nobody else remembers it, so
/// it is event-sourced in the unit's journal.
/// The unit also counts the cases opened in its own area for surge alerts: it already hears of each one as it opens, so the
/// window lives here without another message on the hot path; the usual rate per hour comes from the read model, read at
/// start and again every so often, since the read model already holds every case's opening time and the actor would
/// otherwise have to keep 28 days of counts itself. A raised and a cleared alert are kept in the unit's journal.
/// </summary>
public sealed class UnitActor : ReceivePersistentActor, IWithTimers
{
    private readonly Dictionary<CaseId, CaseSummary> _queue = [];
    private readonly UnitId _unitId;
    private readonly ICaseReadModel _readModel;
    private readonly TimeProvider _clock;
    private PatrolBoard _board;
    private IActorRef? _awaitingPersist;
    private readonly SurgeSettings _surge;
    private readonly IActorRef _alerts = DistributedPubSub.Get(Context.System).Mediator;
    private SurgeWindow _window = SurgeWindow.Empty;
    private SurgeBaseline _baseline;
    private SurgeAlert? _alert;
    private IReadOnlyList<UnitId> _chain = [];

    public UnitActor(string entityId, ICaseReadModel readModel, IActorRef cases, TimeProvider clock, SurgeSettings surge)
    {
        _surge = surge;
        _baseline = SurgeBaseline.None(surge.Policy.BaselineDays);
        _unitId = new UnitId(entityId);
        _readModel = readModel;
        _clock = clock;
        _board = PatrolBoard.Empty(_unitId);
        PersistenceId = PersistenceIdOf(_unitId);

        Recover<SnapshotOffer>(offer => _board = (PatrolBoard)offer.Snapshot);
        Recover<PatrolEvent>(e => _board = _board.Apply(e));
        // The window is not in the journal: an alert from before a restart is raised again if the surge goes on.
        Recover<SurgeEvent>(_ => { });

        Command<TrackCase>(t => Track(t.Summary));
        Command<UntrackCase>(u => _queue.Remove(u.CaseId));
        Command<GetUnitQueue>(_ => Sender.Tell(Snapshot()));
        Command<GetPatrols>(_ => Sender.Tell(new PatrolsReply(_board.Patrols, null)));
        Command<ChangePatrols>(c => Change(c.Command, Sender));
        Command<CheckSurge>(_ => JudgeSurge());
        Command<RefreshBaseline>(_ => ReadBaseline());
        Command<SurgeBaseline>(b => _baseline = b);
        Command<OpenCases>(open =>
        {
            foreach (var summary in open.Cases.Where(c => c.IsResponsible(_unitId) && !_queue.ContainsKey(c.CaseId)))
                cases.Tell(new AnnounceCase(summary.CaseId));
        });
        // A snapshot that failed to save costs only a longer recovery, from the one before it.
        Command<SaveSnapshotSuccess>(_ => { });
        Command<SaveSnapshotFailure>(f => Context.GetLogger().Warning(f.Cause, "Unit {0} could not save its patrol board's snapshot", _unitId));
        Command<Status.Failure>(f =>
            Context.GetLogger().Warning(f.Cause, "Unit {0} could not read its open cases; its queue fills as they change", _unitId));
    }

    public override string PersistenceId { get; }

    public static string PersistenceIdOf(UnitId id) => "unit-" + id.Value;

    /// <summary>A board's events are a few per dispatched case, for years: every so many the board is kept whole, so a unit
    /// starts again from its latest snapshot and the events since.</summary>
    private const int SnapshotEvery = 200;

    public ITimerScheduler Timers { get; set; } = null!;

    protected override void PreStart()
    {
        _readModel.OpenCasesForAsync(_unitId).PipeTo(Self, success: cases => new OpenCases(cases));
        ReadBaseline();
        Timers.StartPeriodicTimer("surge", CheckSurge.Instance, _surge.CheckEvery);
        Timers.StartPeriodicTimer("baseline", RefreshBaseline.Instance, _surge.BaselineRefresh);
    }

    private void ReadBaseline() =>
        _readModel.OpenedByHourAsync(_unitId, _clock.GetUtcNow(), _surge.Policy.BaselineDays).PipeTo(Self);

    /// <summary>The journal failed: the one waiting hears so at once (the Server answers 503); the actor then stops and starts
    /// again from the journal with the next message.</summary>
    protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        _awaitingPersist?.Tell(new StorageUnavailable(cause.Message));
        _awaitingPersist = null;
        base.OnPersistFailure(cause, @event, sequenceNr);
    }

    private void Change(PatrolCommand command, IActorRef replyTo)
    {
        var decision = PatrolDecider.Decide(_board, command, _clock.GetUtcNow());
        if (decision.Rejection is not null || decision.Events.Count == 0)
        {
            replyTo.Tell(new PatrolsReply(_board.Patrols, decision.Rejection));
            return;
        }
        _awaitingPersist = replyTo;
        PersistAll(decision.Events, e =>
        {
            _board = _board.Apply(e);
            if (LastSequenceNr % SnapshotEvery == 0) SaveSnapshot(_board);
            if (e != decision.Events[^1]) return;
            _awaitingPersist = null;
            replyTo.Tell(new PatrolsReply(_board.Patrols, null));
        });
    }

    /// <summary>Updates from one case arrive in order; the version check guards against a stale re-announcement.</summary>
    private void Track(CaseSummary summary)
    {
        if (_queue.TryGetValue(summary.CaseId, out var held) && held.Version > summary.Version) return;
        _queue[summary.CaseId] = summary;
        if (summary.AssignedUnitId != _unitId) return;
        _chain = summary.UnitChain;
        var before = _window.Count;
        _window = _window.With(summary.CaseId, summary.OpenedAt, _clock.GetUtcNow(), _surge.Policy.Window, summary.CallerCount);
        if (_window.Count != before) JudgeSurge();
    }

    private void JudgeSurge()
    {
        var now = _clock.GetUtcNow();
        _window = _window.At(now, _surge.Policy.Window);
        var usual = _baseline.PerHourAt(now);
        var surging = SurgeRule.IsSurging(_surge.Policy, _alert is not null, _window.Count, usual);
        if (surging && _alert is null)
        {
            var alert = new SurgeAlert(_unitId, _chain, _window.Count, SurgeRule.Bar(_surge.Policy, usual), _surge.Policy.Window, now);
            _alert = alert;
            Persist(new SurgeRaised(alert), _ =>
            {
                MonitoringMetrics.SurgeAlertsRaised.Inc();
                Context.GetLogger().Warning("Surge in {0}: {1} cases within {2}", _unitId, alert.Count, alert.Window);
            });
            Publish(alert, active: true);
        }
        else if (surging && _alert is { } standing)
        {
            _alert = standing with { Count = _window.Count };
            Publish(_alert, active: true);
        }
        else if (!surging && _alert is { } ended)
        {
            _alert = null;
            Persist(new SurgeCleared(_unitId, ended.RaisedAt, now), _ => { });
            Publish(ended with { Count = _window.Count }, active: false);
        }
    }

    private void Publish(SurgeAlert alert, bool active) =>
        _alerts.Tell(new Publish(SurgeChanged.Topic, new SurgeChanged(alert, active)));

    private UnitQueue Snapshot()
    {
        var cases = _queue.Values.Order(CaseUrgency.Instance).ToList();
        var counts = cases.GroupBy(c => c.State).ToImmutableDictionary(g => g.Key, g => g.Count());
        return new UnitQueue(_unitId, cases, counts);
    }

    private sealed record OpenCases(IReadOnlyList<CaseSummary> Cases);

    private sealed class CheckSurge
    {
        public static readonly CheckSurge Instance = new();
    }

    private sealed class RefreshBaseline
    {
        public static readonly RefreshBaseline Instance = new();
    }
}
