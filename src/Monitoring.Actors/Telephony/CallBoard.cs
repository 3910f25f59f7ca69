using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Akka.Event;
using Monitoring.Actors.Metrics;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Telephony;

namespace Monitoring.Actors.Telephony;

/// <summary>
/// One per node: the calls ringing or being talked in the cluster, for <c>GET /api/telephony/calls</c>, this node's walls and
/// the call takers' screens, and the calls that ended within <see cref="Remember"/>, so a handset's position sent a little
/// after the call finds it. Calls are heard from their actors on the "calls" topic; a live call not heard of for
/// <see cref="LiveFor"/> (its node died with it, its end never reported) is let go rather than ring on the walls for ever.
/// </summary>
public sealed class CallBoard : ReceiveActor, IWithTimers
{
    public static readonly TimeSpan Remember = FixMatch.Remember;
    public static readonly TimeSpan LiveFor = TimeSpan.FromHours(4);

    private readonly Dictionary<CallId, (CallChanged Call, DateTimeOffset HeardAt)> _calls = [];

    public CallBoard(ICallSink sink, TimeProvider clock)
    {
        Receive<CallChanged>(c =>
        {
            if (_calls.TryGetValue(c.Call.CallId, out var held) && held.Call.Version >= c.Version) return;
            _calls[c.Call.CallId] = (c, clock.GetUtcNow());
            Count();
            sink.PushAsync(c).PipeTo(Self, success: () => Pushed.Instance, failure: e => new Status.Failure(e));
        });
        Receive<Sweep>(_ =>
        {
            var now = clock.GetUtcNow();
            foreach (var (id, _) in _calls.Where(c => Forgotten(c.Value.Call, c.Value.HeardAt, now)).ToList()) _calls.Remove(id);
            Count();
        });
        Receive<GetLiveCalls>(_ => Sender.Tell(new LiveCalls(_calls.Values.Select(c => c.Call).Where(c => c.IsLive)
            .OrderBy(c => c.Call.OfferedAt ?? c.Call.AnsweredAt).ToList())));
        Receive<FindLatestCall>(f => Sender.Tell(new LatestCall(Latest(f))));
        Receive<Status.Failure>(f => Context.GetLogger().Warning(f.Cause, "A call push failed; the call's next change says it again"));
        Receive<Pushed>(_ => { });
        Receive<SubscribeAck>(_ => { });
    }

    public ITimerScheduler Timers { get; set; } = null!;

    protected override void PreStart()
    {
        DistributedPubSub.Get(Context.System).Mediator.Tell(new Subscribe(CallChanged.Topic, Self));
        Timers.StartPeriodicTimer("sweep", Sweep.Instance, TimeSpan.FromSeconds(10));
    }

    private CallChanged? Latest(FindLatestCall f) => FixMatch.Of(
        _calls.Values.Select(c => c.Call).Where(c => c.Call.Caller == f.Caller), c => (c.IsLive, c.Call.OfferedAt, c.Call.EndedAt), f.At);

    private static bool Forgotten(CallChanged call, DateTimeOffset heardAt, DateTimeOffset now) =>
        call.IsLive ? now - heardAt > LiveFor : now - (call.Call.EndedAt ?? heardAt) > Remember;

    private void Count() => MonitoringMetrics.CallsWaiting.Set(_calls.Values.Count(c => c.Call.Call.State == CallStatus.Ringing));

    private sealed class Sweep
    {
        public static readonly Sweep Instance = new();
    }

    private sealed class Pushed
    {
        public static readonly Pushed Instance = new();
    }
}
