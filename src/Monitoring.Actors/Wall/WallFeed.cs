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

    private readonly Dictionary<CaseId, CaseChanged> _pending = [];
    private readonly Dictionary<CaseId, (CaseSummary Case, DateTime HeardAt)> _recent = [];
    private readonly TimeSpan _interval;
    private DateTime _projectedBefore = DateTime.MinValue;

    public WallFeed(IWallSink sink, TimeSpan interval)
    {
        _interval = interval;
        Receive<CaseChanged>(c =>
        {
            var id = c.Case.CaseId;
            if (!_pending.TryGetValue(id, out var held) || held.Case.Version <= c.Case.Version) _pending[id] = c;
            if (!_recent.TryGetValue(id, out var known) || known.Case.Version <= c.Case.Version) _recent[id] = (c.Case, DateTime.UtcNow);
        });
        Receive<Flush>(_ =>
        {
            if (_pending.Count == 0) return;
            var batch = _pending.Values.ToList();
            _pending.Clear();
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
    }

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
}
