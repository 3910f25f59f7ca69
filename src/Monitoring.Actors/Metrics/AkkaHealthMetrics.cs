using Akka.Actor;
using Akka.Event;

namespace Monitoring.Actors.Metrics;

/// <summary>Counts dead letters and unhandled messages on this node: a rising count is a wiring fault or an overload.</summary>
public sealed class AkkaHealthMetrics : ReceiveActor
{
    public AkkaHealthMetrics()
    {
        Receive<DeadLetter>(_ => MonitoringMetrics.DeadLetters.Inc());
        Receive<UnhandledMessage>(_ => MonitoringMetrics.UnhandledMessages.Inc());
    }

    protected override void PreStart()
    {
        Context.System.EventStream.Subscribe(Self, typeof(DeadLetter));
        Context.System.EventStream.Subscribe(Self, typeof(UnhandledMessage));
    }
}
