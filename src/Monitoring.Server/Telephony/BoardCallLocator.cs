using Akka.Actor;
using Akka.Hosting;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Telephony;
using Monitoring.Server.Http;

namespace Monitoring.Server.Telephony;

/// <summary>Finds the number's call on this node's call board (its live call, else the one that ended last within the
/// hour) and has that call's actor keep the handset's position.</summary>
public sealed class BoardCallLocator(ActorRegistry actors, TimeProvider clock) : ICallLocator
{
    public async Task<CallId?> AttachAsync(CallerNumber number, DateTimeOffset fixedAt, NetworkLocation location, CancellationToken cancellation)
    {
        var latest = await actors.Get<CallBoardKey>().Ask<LatestCall>(new FindLatestCall(number, fixedAt), ActorAsk.Timeout, cancellation);
        if (latest.Call is not { } found) return null;
        var reply = await actors.Get<CallRegion>().AskFor<CallReply>(new AttachLocation(found.Call.CallId, clock.GetUtcNow(), location), ActorAsk.Timeout);
        return reply.Call.CallId;
    }
}
