using Microsoft.AspNetCore.SignalR;
using Monitoring.Actors.Metrics;
using Monitoring.Actors.ReadModel;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Server.Wall;

/// <summary>
/// The live feed at <c>/hubs/wall</c>. A client joins the whole Polda (the wall) or one unit with every unit below
/// it (a console), gets the open cases it may see as a snapshot, then batches of changes as "cases". A client
/// that reconnects joins again and so gets a fresh snapshot.
/// </summary>
public sealed class WallHub(ReadModelStore readModel, JurisdictionTree tree) : Hub
{
    public const string Path = "/hubs/wall";
    public const string WallGroup = "wall";
    public const string ChangesMethod = "cases";

    public static string UnitGroup(UnitId unit) => "unit:" + unit.Value;

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        if (Context.Items.TryGetValue(ViewKey, out var view)) MonitoringMetrics.ConnectedClients.WithLabels((string)view!).Dec();
        return base.OnDisconnectedAsync(exception);
    }

    private const string ViewKey = "view";

    /// <summary>A connection counts once, as the first view it joined.</summary>
    private void CountAs(string view)
    {
        if (Context.Items.TryAdd(ViewKey, view)) MonitoringMetrics.ConnectedClients.WithLabels(view).Inc();
    }

    public async Task<IReadOnlyList<CaseSummary>> JoinWall()
    {
        CountAs("wall");
        await Groups.AddToGroupAsync(Context.ConnectionId, WallGroup);
        return await readModel.OpenCasesAsync(null);
    }

    public async Task<IReadOnlyList<CaseSummary>> JoinUnit(string unitId)
    {
        var unit = new UnitId(unitId);
        if (!tree.Contains(unit)) throw new HubException($"There is no unit {unitId}.");
        CountAs("console");
        await Groups.AddToGroupAsync(Context.ConnectionId, UnitGroup(unit));
        return await readModel.OpenCasesAsync(unit);
    }
}
