using Akka.Cluster.Hosting;
using Akka.Hosting;
using Monitoring.Actors.Hosting;
using Monitoring.Actors.Protocol;

namespace Monitoring.Actors.Cases;

public static class SentinelRegistration
{
    /// <summary>The Sentinel as a cluster singleton; nobody sends to it, so no proxy.</summary>
    public static AkkaConfigurationBuilder AddSentinel(
        this AkkaConfigurationBuilder builder, ICaseReadModel readModel, SentinelSettings settings, TimeProvider clock) =>
        builder.WithSingleton<Sentinel>("sentinel",
            (_, registry, _) => ActorProps.Of(() => new Sentinel(readModel, registry.Get<CaseRegion>(), settings, clock)),
            createProxyToo: false);
}
