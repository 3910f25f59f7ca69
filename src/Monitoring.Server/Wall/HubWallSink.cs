using Microsoft.AspNetCore.SignalR;
using Monitoring.Actors.Protocol;
using Monitoring.Actors.Wall;
using Monitoring.Server.Linking;

namespace Monitoring.Server.Wall;

/// <summary>
/// Delivers a node's batch to the wall group whole, and to each unit group the changes of cases on its chain (or that a
/// handover just took off it); each once
/// as it is to the groups that may read callers' numbers, and once masked to their twins (<see cref="WallHub.Group"/>).
/// </summary>
public sealed class HubWallSink(IHubContext<WallHub> hub, OpenCaseIndex nearby) : IWallSink
{
    public Task PushAsync(IReadOnlyList<CaseChanged> batch)
    {
        nearby.Update(batch.Select(change => change.Case));
        var masked = batch.Select(change => change with { Case = change.Case.WithCallerMasked() }).ToList();
        return Task.WhenAll(Sends(batch, fullCallerNumbers: true).Concat(Sends(masked, fullCallerNumbers: false)));
    }

    private IEnumerable<Task> Sends(IReadOnlyList<CaseChanged> batch, bool fullCallerNumbers)
    {
        yield return Send(WallHub.WallGroup, batch);
        foreach (var unit in batch
                     .SelectMany(change => change.Case.UnitChain.Union(change.FormerChain ?? []).Select(unit => (unit, change)))
                     .GroupBy(x => x.unit, x => x.change))
            yield return Send(WallHub.UnitGroup(unit.Key), unit.ToList());

        Task Send(string feed, IReadOnlyList<CaseChanged> changes) =>
            hub.Clients.Group(WallHub.Group(feed, fullCallerNumbers)).SendAsync(WallHub.ChangesMethod, changes);
    }
}
