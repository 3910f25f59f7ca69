using Akka.Hosting;
using Monitoring.Actors.Hosting;

namespace Monitoring.Actors.Metrics;

public static class MetricsRegistration
{
    /// <summary>This node's dead-letter and unhandled-message counters.</summary>
    public static AkkaConfigurationBuilder AddAkkaHealthMetrics(this AkkaConfigurationBuilder builder) =>
        builder.WithActors((system, _) => system.ActorOf(ActorProps.Of(() => new AkkaHealthMetrics()), "akka-metrics"));
}
