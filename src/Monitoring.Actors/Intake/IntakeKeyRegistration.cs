using Akka.Cluster.Hosting;
using Akka.Cluster.Sharding;
using Akka.Hosting;
using Monitoring.Actors.Hosting;
using Monitoring.Actors.Protocol;

namespace Monitoring.Actors.Intake;

public static class IntakeKeyRegistration
{
    private const int KeyShards = 100;

    /// <summary>How long a key is honoured after its first use: a few minutes, past any client's retries.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public static AkkaConfigurationBuilder AddIntakeKeyRegion(this AkkaConfigurationBuilder builder) =>
        builder.WithShardRegion<IntakeKeyRegion>("intake-key",
            _ => ActorProps.Of(() => new IntakeKeyActor(Window)),
            new EntityExtractor<IWithIntakeKey>(KeyShards, m => m.Key),
            new ShardOptions { StateStoreMode = StateStoreMode.DData });
}
