using Akka.Hosting;
using Monitoring.Actors.Hosting;
using Monitoring.Actors.Protocol;

namespace Monitoring.Actors.Telephony;

public static class CallBoardRegistration
{
    /// <summary>This node's board of live calls, pushed to <paramref name="sink"/> as they change.</summary>
    public static AkkaConfigurationBuilder AddCallBoard(this AkkaConfigurationBuilder builder, ICallSink sink, TimeProvider clock) =>
        builder.WithActors((system, registry) =>
            registry.Register<CallBoardKey>(system.ActorOf(ActorProps.Of(() => new CallBoard(sink, clock)), "call-board")));
}
