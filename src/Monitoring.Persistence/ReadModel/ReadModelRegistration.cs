using Akka.Cluster.Hosting;
using Akka.Hosting;
using Monitoring.Actors.Hosting;

namespace Monitoring.Persistence.ReadModel;

public static class ReadModelRegistration
{
    /// <summary>The projector as a cluster singleton, so exactly one node writes the read model; nobody sends to it, so no proxy.</summary>
    public static AkkaConfigurationBuilder AddReadModelProjector(this AkkaConfigurationBuilder builder, ReadModelDatabase database, ReadModelWriter writer) =>
        builder.WithSingleton<ReadModelProjector>("read-model", ActorProps.Of(() => new ReadModelProjector(database, writer)), createProxyToo: false);

    /// <summary>The projection's lag gauges, on every node.</summary>
    public static AkkaConfigurationBuilder AddProjectionMetrics(this AkkaConfigurationBuilder builder, ProjectionLagProbe probe, TimeSpan stuckAfter) =>
        builder.WithActors((system, _) => system.ActorOf(ActorProps.Of(() => new ProjectionMetrics(probe, stuckAfter)), "projection-metrics"));
}
