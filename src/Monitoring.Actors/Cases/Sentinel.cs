using Akka.Actor;
using Akka.Event;
using Monitoring.Actors.Metrics;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Cases;

namespace Monitoring.Actors.Cases;

/// <summary>
/// The second keeper of the escalation promise, beside each case's own timer: every few seconds it looks in the
/// read model for open cases past their deadline with no newer escalation, and wakes them. A case that is not due
/// after all decides so itself. Runs as a cluster singleton.
/// </summary>
public sealed class Sentinel : ReceiveActor, IWithTimers
{
    private const int SweepLimit = 1000;

    public Sentinel(ICaseReadModel store, IActorRef cases, SentinelSettings settings, TimeProvider clock)
    {
        Receive<Sweep>(_ => store.OverdueAsync(clock.GetUtcNow() - settings.Grace, SweepLimit)
            .PipeTo(Self, failure: e => new Status.Failure(e)));
        Receive<IReadOnlyList<CaseId>>(overdue =>
        {
            MonitoringMetrics.OverdueCases.Set(overdue.Count);
            foreach (var id in overdue) cases.Tell(new CaseRequest(id, CheckDeadline.Instance));
        });
        Receive<Status.Failure>(f => Context.GetLogger().Warning(f.Cause, "Sentinel sweep failed; the next one follows"));
        // The case's answer, or the journal's refusal: the next sweep wakes the case again if it is still overdue.
        Receive<CaseReply>(_ => { });
        Receive<StorageUnavailable>(_ => { });
        _interval = settings.Interval;
    }

    private readonly TimeSpan _interval;

    protected override void PreStart() => Timers.StartPeriodicTimer("sweep", Sweep.Instance, _interval);

    public ITimerScheduler Timers { get; set; } = null!;

    private sealed class Sweep
    {
        public static readonly Sweep Instance = new();
    }
}

/// <summary>How often the Sentinel sweeps, and how long past a deadline a case's own timer is given first.</summary>
public sealed record SentinelSettings(TimeSpan Interval, TimeSpan Grace);
