using Akka.Cluster.Hosting;
using Akka.Cluster.Sharding;
using Akka.Hosting;
using Monitoring.Actors.Hosting;
using Monitoring.Actors.Protocol;

namespace Monitoring.Actors.Cases;

/// <summary>Where the case region keeps the open cases it starts again after a restart: a journal and snapshot store
/// of their own, named by the persistence side.</summary>
public sealed record RememberedCases(string JournalPluginId, string SnapshotPluginId)
{
    /// <summary>A region whose entities come back by themselves after a restart, remembered in these stores.</summary>
    public ShardOptions Options() => new()
    {
        StateStoreMode = StateStoreMode.DData,
        RememberEntities = true,
        RememberEntitiesStore = RememberEntitiesStore.Eventsourced,
        JournalPluginId = JournalPluginId,
        SnapshotPluginId = SnapshotPluginId,
    };
}

public static class CaseRegistration
{
    private const int CaseShards = 100;

    /// <summary>Every open case an actor, sharded by its id; open cases come back by themselves after a restart, so their
    /// deadlines are re-armed.</summary>
    public static AkkaConfigurationBuilder AddCaseRegion(this AkkaConfigurationBuilder builder, CaseSettings settings, RememberedCases remembered) =>
        builder.WithShardRegion<CaseRegion>("case",
            (_, registry, _) =>
            {
                // Resolved when the region starts, by then the unit and caller regions are up.
                var units = registry.Get<UnitRegion>();
                var callers = registry.Get<CallerRegion>();
                return entityId => ActorProps.Of(() => new CaseActor(entityId, settings, units, callers));
            },
            new EntityExtractor<IWithCaseId>(CaseShards, m => m.CaseId.Value),
            remembered.Options());
}
