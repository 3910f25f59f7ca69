using Akka.Actor;

namespace Monitoring.Actors.Protocol;

public static class ProtocolAsk
{
    /// <summary>Asks for a <typeparamref name="TReply"/>; a <see cref="StorageUnavailable"/> answer is thrown here, on the asking
    /// node, as a <see cref="StorageUnavailableException"/>.</summary>
    public static async Task<TReply> AskFor<TReply>(this ICanTell actor, object message, TimeSpan timeout) =>
        await actor.Ask<object>(message, timeout) switch
        {
            TReply reply => reply,
            StorageUnavailable unavailable => throw new StorageUnavailableException(unavailable.Reason),
            var other => throw new InvalidOperationException($"Asked for a {typeof(TReply).Name}, answered with a {other.GetType().Name}."),
        };
}
