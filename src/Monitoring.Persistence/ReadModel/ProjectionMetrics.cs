using Akka.Actor;
using Akka.Event;

namespace Monitoring.Persistence.ReadModel;

/// <summary>
/// Keeps the projection's lag gauges on this node, measured every second from the stored offset and the journal's head
/// (<see cref="ProjectionLagProbe"/>), on every node: the projector runs on one of them and cannot report that it is stuck.
/// </summary>
public sealed class ProjectionMetrics : ReceiveActor, IWithTimers
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly ILoggingAdapter _log = Context.GetLogger();

    public ProjectionMetrics(ProjectionLagProbe probe, TimeSpan stuckAfter)
    {
        const string projection = ReadModelProjector.Projection;
        ReceiveAsync<Measure>(async _ =>
        {
            try
            {
                var lag = await probe.MeasureAsync(projection);
                ReadModelMetrics.ProjectionLag.WithLabels(projection).Set(lag.Behind.TotalSeconds);
                ReadModelMetrics.ProjectionLagEvents.WithLabels(projection).Set(lag.Events);
                ReadModelMetrics.ProjectionStuck.WithLabels(projection).Set(lag.IsStuck(stuckAfter) ? 1 : 0);
            }
            catch (Exception e)
            {
                // The gauges keep their last values; the journal's own health check tells of a database away.
                _log.Debug("Projection lag not measured: {0}", e.Message);
            }
            // Re-armed once done, so that measurements waiting on a slow database never pile up.
            Timers.StartSingleTimer(Measure.Instance, Measure.Instance, Interval);
        });
    }

    public ITimerScheduler Timers { get; set; } = null!;

    protected override void PreStart() => Self.Tell(Measure.Instance);

    private sealed record Measure
    {
        public static readonly Measure Instance = new();
    }
}
