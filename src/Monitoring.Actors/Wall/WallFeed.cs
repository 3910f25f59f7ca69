using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Akka.Event;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;

namespace Monitoring.Actors.Wall;

/// <summary>
/// One per node: hears every case change in the cluster and pushes them to this node's browsers in batches, at
/// most one push per case per interval (the latest state wins), so a burst of reports does not freeze a wall.
/// </summary>
public sealed class WallFeed : ReceiveActor, IWithTimers
{
    private readonly Dictionary<CaseId, CaseChanged> _pending = [];
    private readonly TimeSpan _interval;

    public WallFeed(IWallSink sink, TimeSpan interval)
    {
        _interval = interval;
        Receive<CaseChanged>(c =>
        {
            if (!_pending.TryGetValue(c.Case.CaseId, out var held) || held.Case.Version <= c.Case.Version) _pending[c.Case.CaseId] = c;
        });
        Receive<Flush>(_ =>
        {
            if (_pending.Count == 0) return;
            var batch = _pending.Values.ToList();
            _pending.Clear();
            sink.PushAsync(batch).PipeTo(Self, success: () => Pushed.Instance, failure: e => new Status.Failure(e));
        });
        Receive<Pushed>(_ => { });
        Receive<Status.Failure>(f => Context.GetLogger().Warning(f.Cause, "A wall push failed; the next changes follow"));
        Receive<SubscribeAck>(_ => { });
    }

    public ITimerScheduler Timers { get; set; } = null!;

    protected override void PreStart()
    {
        DistributedPubSub.Get(Context.System).Mediator.Tell(new Subscribe(CaseChanged.Topic, Self));
        Timers.StartPeriodicTimer("flush", Flush.Instance, _interval);
    }

    private sealed class Flush
    {
        public static readonly Flush Instance = new();
    }

    private sealed class Pushed
    {
        public static readonly Pushed Instance = new();
    }
}
