using Akka.Cluster.Hosting;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Monitoring.Actors.Hosting;

namespace Monitoring.Persistence.ReadModel;

public static class ReadModelRegistration
{
    /// <summary>The projector and the lag gauges, from the read model registered by <c>AddMonitoringPersistence</c>.</summary>
    public static AkkaConfigurationBuilder WithMonitoringReadModel(this AkkaConfigurationBuilder builder, IServiceProvider services, TimeSpan stuckAfter) =>
        builder
            .AddReadModelProjector(services.GetRequiredService<ReadModelDatabase>(), services.GetRequiredService<ReadModelWriter>())
            .AddProjectionMetrics(services.GetRequiredService<ProjectionLagProbe>(), stuckAfter);

    /// <summary>The projector as a cluster singleton, so exactly one node writes the read model; nobody sends to it, so no proxy.</summary>
    public static AkkaConfigurationBuilder AddReadModelProjector(this AkkaConfigurationBuilder builder, ReadModelDatabase database, ReadModelWriter writer) =>
        builder.WithSingleton<ReadModelProjector>("read-model", ActorProps.Of(() => new ReadModelProjector(database, writer)), createProxyToo: false);

    /// <summary>The projection's lag gauges, on every node.</summary>
    public static AkkaConfigurationBuilder AddProjectionMetrics(this AkkaConfigurationBuilder builder, ProjectionLagProbe probe, TimeSpan stuckAfter) =>
        builder.WithActors((system, _) => system.ActorOf(ActorProps.Of(() => new ProjectionMetrics(probe, stuckAfter)), "projection-metrics"));
}
