using Akka.Cluster.Hosting;
using Akka.Cluster.Sharding;
using Akka.Hosting;
using Monitoring.Actors.Hosting;
using Monitoring.Actors.Cases;
using Monitoring.Actors.Protocol;
using Monitoring.Domain.Callers;

namespace Monitoring.Actors.Callers;

public static class CallerRegistration
{
    private const int CallerShards = 100;

    /// <summary>Every caller number an actor keeping its recorded interactions, sharded by the number.</summary>
    public static AkkaConfigurationBuilder AddCallerRegion(this AkkaConfigurationBuilder builder, CaseSettings settings) =>
        builder.WithShardRegion<CallerRegion>("caller",
            entityId => ActorProps.Of(() => new CallerActor(entityId, settings.Ladder ?? SanctionLadder.Default, settings.Clock)),
            new EntityExtractor<IWithCallerNumber>(CallerShards, m => m.Caller.Value),
            new ShardOptions { StateStoreMode = StateStoreMode.DData });
}
