using Akka.Cluster.Hosting;
using Akka.Hosting;
using Monitoring.Actors.Cases;
using Monitoring.Actors.Hosting;
using Monitoring.Actors.Protocol;

namespace Monitoring.Actors.Telephony;

public static class CallRegistration
{
    private const int CallShards = 100;

    /// <summary>Every call an actor, sharded by the telephony's call id. A call with something still due (a move up while
    /// it rings, a filing, the grace for its form) is remembered, so it starts again after a restart and re-arms it.</summary>
    public static AkkaConfigurationBuilder AddCallRegion(this AkkaConfigurationBuilder builder, TelephonySettings settings, RememberedCases remembered) =>
        builder.WithShardRegion<CallRegion>("call",
            (_, registry, _) =>
            {
                var callers = registry.Get<CallerRegion>();
                return entityId => ActorProps.Of(() => new CallActor(entityId, settings, callers));
            },
            new EntityExtractor<IWithCallId>(CallShards, m => m.CallId.Value),
            remembered.Options());
}
