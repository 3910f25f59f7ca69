using Microsoft.AspNetCore.SignalR;
using Monitoring.Actors.Protocol;
using Monitoring.Actors.Telephony;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Server.Wall;

namespace Monitoring.Server.Telephony;

/// <summary>Sends a call to the whole-tree wall and every unit feed on its chain (each twin as it may read numbers), and to
/// the agent it rings at or who answered it: that call taker's screen pops it.</summary>
public sealed class HubCallSink(IHubContext<WallHub> hub, JurisdictionTree tree) : ICallSink
{
    public const string Method = "call";

    public async Task PushAsync(CallChanged call)
    {
        var feeds = WallHub.FeedsOf(call.Chain);
        await hub.Clients.Groups(feeds.Select(f => WallHub.Group(f, true)).ToList()).SendAsync(Method, CallView.Of(call, true, tree));
        await hub.Clients.Groups(feeds.Select(f => WallHub.Group(f, false)).ToList()).SendAsync(Method, CallView.Of(call, false, tree));
        if (call.Call.AgentId is { } agent) await hub.Clients.Group(WallHub.AgentGroup(agent)).SendAsync(Method, CallView.Of(call, true, tree));
    }
}
