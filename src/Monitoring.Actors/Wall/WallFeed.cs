using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Akka.Event;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Cases;

namespace Monitoring.Actors.Wall;

/// <summary>
/// One per node: hears every case change in the cluster and pushes them to this node's browsers in batches, at
/// most one push per case per interval (the latest state wins), so a burst of reports does not freeze a wall.
/// It also remembers the latest change of each case until the projector reports the read model past it: a browser
/// that joins takes its snapshot from the read model, which lags the feed (by seconds after a restart), and a change
/// pushed before the browser joined would otherwise reach it only with the case's next change.
/// Pub/sub delivers at most once, and a node that has just joined is not yet known to the others' mediators, so a
/// change can be lost on the way; every few seconds the feed therefore reads the cases the read model saw change since
/// it last looked and pushes those it has not pushed at that version, so a wall heals within seconds, not at the
/// case's next change.
/// </summary>
public sealed class WallFeed : ReceiveActor, IWithTimers
{
    /// <summary>
    /// A change is heard after its event was committed, so an event stamped later than the hearing was numbered after it
    /// and the projector, which reads in number order, has passed it. Stamps come from the writing node's clock: this
    /// much disagreement between clocks is allowed for.
    /// </summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(1);

    /// <summary>Held no longer even while the projection stands still, so a stopped projector cannot exhaust memory; the
    /// projection-lag alert speaks long before.</summary>
    private static readonly TimeSpan LongestHeld = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan CatchUpEvery = TimeSpan.FromSeconds(2);

    /// <summary>Read at most this many changed cases at a time; a burst beyond it is read over the next rounds.</summary>
    private const int CatchUpLimit = 2000;

    /// <summary>What this feed pushed, for as long as a catch-up may read the same change again.</summary>
    private static readonly TimeSpan PushedKept = TimeSpan.FromMinutes(1);

    private readonly Dictionary<CaseId, CaseChanged> _pending = [];
    private readonly Dictionary<CaseId, (CaseSummary Case, DateTime HeardAt)> _recent = [];
    private readonly Dictionary<CaseId, Push> _pushed = [];
    private readonly TimeSpan _interval;
    private DateTime _projectedBefore = DateTime.MinValue;
    private DateTime _caughtUpTo = DateTime.UtcNow - Margin;
    private bool _catchingUp;

    public WallFeed(IWallSink sink, TimeSpan interval, ICaseReadModel readModel)
    {
        _interval = interval;
        Receive<CaseChanged>(c =>
        {
            var id = c.Case.CaseId;
            // A later change of a handed-over case must still reach the consoles the handover took it from.
            if (!_pending.TryGetValue(id, out var held) || held.Case.Version <= c.Case.Version)
                _pending[id] = held?.FormerChain is { } former ? c with { FormerChain = [.. former.Union(c.FormerChain ?? [])] } : c;
            if (!_recent.TryGetValue(id, out var known) || known.Case.Version <= c.Case.Version) _recent[id] = (c.Case, DateTime.UtcNow);
        });
        Receive<Flush>(_ =>
        {
            if (_pending.Count == 0) return;
            var batch = _pending.Values.ToList();
            _pending.Clear();
            var now = DateTime.UtcNow;
            foreach (var c in batch) _pushed[c.Case.CaseId] = new Push(c.Case.Version, c.Case.Alarms, now);
            sink.PushAsync(batch).PipeTo(Self, success: () => Pushed.Instance, failure: e => new Status.Failure(e));
        });
        Receive<Projected>(p => _projectedBefore = Max(_projectedBefore, p.Through - Margin));
        Receive<Forget>(_ =>
        {
            var heardBefore = Max(_projectedBefore, DateTime.UtcNow - LongestHeld);
            foreach (var (id, (_, heardAt)) in _recent)
            {
                if (heardAt < heardBefore) _recent.Remove(id);
            }
            var pushedBefore = DateTime.UtcNow - PushedKept;
            foreach (var (id, pushed) in _pushed)
            {
                if (pushed.At < pushedBefore) _pushed.Remove(id);
            }
        });
        Receive<CatchUp>(_ =>
        {
            if (_catchingUp) return;
            _catchingUp = true;
            readModel.ChangedSinceAsync(_caughtUpTo - Margin, CatchUpLimit)
                .PipeTo(Self, success: cases => new CaughtUp(cases), failure: e => new CatchUpFailed(e));
        });
        Receive<CaughtUp>(r =>
        {
            _catchingUp = false;
            foreach (var c in r.Cases)
            {
                if (_pending.TryGetValue(c.CaseId, out var held) && held.Case.Version >= c.Version) continue;
                var known = _pushed.GetValueOrDefault(c.CaseId);
                if (known is not null && known.Version >= c.Version) continue;
                // The change itself was lost with the message; an alarm since the last push is what the wall must not miss.
                _pending[c.CaseId] = new CaseChanged(c, c.Alarms > (known?.Alarms ?? 0) ? "escalated" : CaughtUpChange);
            }
            // A full read moves on from its last change without the margin, or a burst larger than the limit inside the
            // margin would be read again for ever.
            if (r.Cases.Count > 0) _caughtUpTo = Max(_caughtUpTo, r.Cases[^1].UpdatedAt.UtcDateTime + (r.Cases.Count == CatchUpLimit ? Margin : TimeSpan.Zero));
        });
        Receive<CatchUpFailed>(f =>
        {
            _catchingUp = false;
            // The storage health check and the readiness probe speak of an outage; one line per round would be noise.
            Context.GetLogger().Debug(f.Cause, "The wall feed's catch-up could not read the read model");
        });
        Receive<RecentCases>(r => Sender.Tell(new RecentCasesReply(_recent.Values
            .Select(x => x.Case)
            .Where(c => r.Within is not { } unit || c.IsWithin(unit))
            .ToList())));
        Receive<Pushed>(_ => { });
        Receive<Status.Failure>(f => Context.GetLogger().Warning(f.Cause, "A wall push failed; the next changes follow"));
        Receive<SubscribeAck>(_ => { });
    }

    public ITimerScheduler Timers { get; set; } = null!;

    protected override void PreStart()
    {
        var mediator = DistributedPubSub.Get(Context.System).Mediator;
        mediator.Tell(new Subscribe(CaseChanged.Topic, Self));
        mediator.Tell(new Subscribe(Projected.Topic, Self));
        Timers.StartPeriodicTimer("flush", Flush.Instance, _interval);
        Timers.StartPeriodicTimer("forget", Forget.Instance, TimeSpan.FromSeconds(1));
        Timers.StartPeriodicTimer("catch-up", CatchUp.Instance, CatchUpEvery);
    }

    /// <summary>The change name of a push the catch-up found: the wall takes it as any change, with no alarm.</summary>
    public const string CaughtUpChange = "caught-up";

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private sealed class Flush
    {
        public static readonly Flush Instance = new();
    }

    private sealed class Forget
    {
        public static readonly Forget Instance = new();
    }

    private sealed class Pushed
    {
        public static readonly Pushed Instance = new();
    }

    private sealed class CatchUp
    {
        public static readonly CatchUp Instance = new();
    }

    private sealed record Push(long Version, int Alarms, DateTime At);

    private sealed record CaughtUp(IReadOnlyList<CaseSummary> Cases);

    private sealed record CatchUpFailed(Exception Cause);
}
