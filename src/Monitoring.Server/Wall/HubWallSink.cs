using Microsoft.AspNetCore.SignalR;
using Monitoring.Actors.Protocol;
using Monitoring.Actors.Wall;

namespace Monitoring.Server.Wall;

/// <summary>Delivers a node's batch to the wall group whole, and to each unit group the changes of cases on its chain.</summary>
public sealed class HubWallSink(IHubContext<WallHub> hub) : IWallSink
{
    public async Task PushAsync(IReadOnlyList<CaseChanged> batch)
    {
        var sends = new List<Task> { hub.Clients.Group(WallHub.WallGroup).SendAsync(WallHub.ChangesMethod, batch) };
        sends.AddRange(batch
            .SelectMany(change => change.Case.UnitChain.Select(unit => (unit, change)))
            .GroupBy(x => x.unit, x => x.change)
            .Select(g => hub.Clients.Group(WallHub.UnitGroup(g.Key)).SendAsync(WallHub.ChangesMethod, g.ToList())));
        await Task.WhenAll(sends);
    }
}
