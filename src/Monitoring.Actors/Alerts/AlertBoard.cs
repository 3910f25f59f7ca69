using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Akka.Event;
using Monitoring.Actors.Metrics;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Surges;

namespace Monitoring.Actors.Alerts;

/// <summary>
/// One per node: the surge alerts standing in the cluster, for <c>GET /api/alerts</c> and this node's walls. Each unit says
/// its alert again at every check, so a board that missed the raise (pub/sub delivers at most once; a node that joined
/// later) learns it within one check, and an alert whose unit stopped saying it (its node died with it) is let go after a
/// few checks rather than standing on the walls for ever.
/// </summary>
public sealed class AlertBoard : ReceiveActor, IWithTimers
{
    private readonly Dictionary<UnitId, (SurgeAlert Alert, DateTime HeardAt)> _active = [];

    public AlertBoard(IAlertSink sink, TimeSpan checkEvery)
    {
        var staleAfter = checkEvery * 3;
        Receive<SurgeChanged>(c =>
        {
            var id = c.Alert.UnitId;
            var known = _active.TryGetValue(id, out var held);
            if (c.Active) _active[id] = (c.Alert, DateTime.UtcNow);
            else _active.Remove(id);
            MonitoringMetrics.ActiveSurgeAlerts.Set(_active.Count);
            // A standing alert said again with the same count is news to no wall.
            if (c.Active && known && held.Alert.Count == c.Alert.Count && held.Alert.RaisedAt == c.Alert.RaisedAt) return;
            if (!c.Active && !known) return;
            Push(c);
        });
        Receive<Sweep>(_ =>
        {
            foreach (var (id, (alert, heardAt)) in _active.Where(a => DateTime.UtcNow - a.Value.HeardAt > staleAfter).ToList())
            {
                _active.Remove(id);
                Push(new SurgeChanged(alert, Active: false));
            }
            MonitoringMetrics.ActiveSurgeAlerts.Set(_active.Count);
        });
        Receive<GetActiveAlerts>(_ => Sender.Tell(new ActiveAlerts(_active.Values.Select(a => a.Alert).OrderBy(a => a.RaisedAt).ToList())));
        Receive<Status.Failure>(f => Context.GetLogger().Warning(f.Cause, "An alert push failed; the next check says it again"));
        Receive<Pushed>(_ => { });
        Receive<SubscribeAck>(_ => { });

        void Push(SurgeChanged c) => sink.PushAsync(c).PipeTo(Self, success: () => Pushed.Instance, failure: e => new Status.Failure(e));
    }

    public ITimerScheduler Timers { get; set; } = null!;

    protected override void PreStart()
    {
        DistributedPubSub.Get(Context.System).Mediator.Tell(new Subscribe(SurgeChanged.Topic, Self));
        Timers.StartPeriodicTimer("sweep", Sweep.Instance, TimeSpan.FromSeconds(1));
    }

    private sealed class Sweep
    {
        public static readonly Sweep Instance = new();
    }

    private sealed class Pushed
    {
        public static readonly Pushed Instance = new();
    }
}
