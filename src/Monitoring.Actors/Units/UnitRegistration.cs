using Akka.Cluster.Hosting;
using Akka.Cluster.Sharding;
using Akka.Hosting;
using Monitoring.Actors.Hosting;
using Monitoring.Actors.Protocol;

namespace Monitoring.Actors.Units;

public static class UnitRegistration
{
    private const int UnitShards = 30;

    /// <summary>Every regional unit an actor holding its live queue and its patrol board, sharded by unit id.</summary>
    public static AkkaConfigurationBuilder AddUnitRegion(this AkkaConfigurationBuilder builder, ICaseReadModel readModel, TimeProvider clock, SurgeSettings surge) =>
        builder.WithShardRegion<UnitRegion>("unit",
            (_, registry, _) => entityId => ActorProps.Of(() => new UnitActor(entityId, readModel, registry.Get<CaseRegion>(), clock, surge)),
            new EntityExtractor<IWithUnitId>(UnitShards, m => m.UnitId.Value),
            // A unit's queue lives only in its actor: a quiet unit put to sleep after two idle minutes woke up empty.
            new ShardOptions { StateStoreMode = StateStoreMode.DData, ShouldPassivateIdleEntities = false });
}
