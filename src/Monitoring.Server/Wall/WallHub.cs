using Akka.Actor;
using Akka.Hosting;
using Microsoft.AspNetCore.SignalR;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Persistence.Queries;
using Monitoring.Server.Http;

namespace Monitoring.Server.Wall;

/// <summary>
/// The live feed at <c>/hubs/wall</c>. A client joins the whole Polda (the wall) or one unit with every unit below
/// it (a console), gets the open cases it may see as a snapshot, then batches of changes as "cases". A client
/// that reconnects joins again and so gets a fresh snapshot.
/// The snapshot is the read model brought up to date by the changes this node's wall feed heard and the read model may
/// not show yet. The feed is asked after the client is in its group and before the read model is read: a change heard
/// after the question is pushed to the client, and one the feed has forgotten by then is in the read model.
/// </summary>
public sealed class WallHub(CaseQueries readModel, JurisdictionTree tree, ActorRegistry actors) : Hub
{
    public const string Path = "/hubs/wall";
    public const string WallGroup = "wall";
    public const string ChangesMethod = "cases";

    public static string UnitGroup(UnitId unit) => "unit:" + unit.Value;

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.Items.TryGetValue(ViewKey, out var view)) WallMetrics.ConnectedClients.WithLabels((string)view!).Dec();
        return base.OnDisconnectedAsync(exception);
    }

    private const string ViewKey = "view";

    /// <summary>A connection counts once, as the first view it joined.</summary>
    private void CountAs(string view)
    {
        if (Context.Items.TryAdd(ViewKey, view)) WallMetrics.ConnectedClients.WithLabels(view).Inc();
    }

    public async Task<IReadOnlyList<CaseSummary>> JoinWall()
    {
        CountAs("wall");
        await Groups.AddToGroupAsync(Context.ConnectionId, WallGroup);
        return await SnapshotAsync(null);
    }

    public async Task<IReadOnlyList<CaseSummary>> JoinUnit(string unitId)
    {
        var unit = new UnitId(unitId);
        // The message is logged: an unknown id is shown cleaned and cut, so a client cannot forge or flood log lines.
        if (!tree.Contains(unit)) throw new HubException($"There is no unit {TextRules.ForLog(unitId)}.");
        CountAs("console");
        await Groups.AddToGroupAsync(Context.ConnectionId, UnitGroup(unit));
        return await SnapshotAsync(unit);
    }

    private async Task<IReadOnlyList<CaseSummary>> SnapshotAsync(UnitId? within)
    {
        var recent = await actors.Get<WallFeedKey>().Ask<RecentCasesReply>(new RecentCases(within), ActorAsk.Timeout);
        return CaseSummary.LatestOpen(await readModel.OpenCasesAsync(within), recent.Cases);
    }
}
