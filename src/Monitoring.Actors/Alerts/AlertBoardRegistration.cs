using Akka.Hosting;
using Monitoring.Actors.Hosting;
using Monitoring.Actors.Protocol;

namespace Monitoring.Actors.Alerts;

public static class AlertBoardRegistration
{
    /// <summary>This node's board of standing surge alerts, pushed to <paramref name="sink"/> as they change.</summary>
    public static AkkaConfigurationBuilder AddAlertBoard(this AkkaConfigurationBuilder builder, IAlertSink sink, TimeSpan checkEvery) =>
        builder.WithActors((system, registry) =>
            registry.Register<AlertBoardKey>(system.ActorOf(ActorProps.Of(() => new AlertBoard(sink, checkEvery)), "alert-board")));
}
