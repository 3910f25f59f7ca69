using Akka.Hosting;
using Monitoring.Actors.Hosting;
using Monitoring.Actors.Protocol;

namespace Monitoring.Actors.Wall;

public static class WallFeedRegistration
{
    /// <summary>This node's wall feed: every case change in the cluster, batched to the sink every <paramref name="interval"/>,
    /// and what pub/sub lost read back from <paramref name="readModel"/>.</summary>
    public static AkkaConfigurationBuilder AddWallFeed(this AkkaConfigurationBuilder builder, IWallSink sink, TimeSpan interval, ICaseReadModel readModel) =>
        builder.WithActors((system, registry) =>
            registry.Register<WallFeedKey>(system.ActorOf(ActorProps.Of(() => new WallFeed(sink, interval, readModel)), "wall-feed")));
}
