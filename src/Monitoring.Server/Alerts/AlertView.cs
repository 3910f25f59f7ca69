using Monitoring.Domain.Jurisdiction;
using Monitoring.Domain.Surges;

namespace Monitoring.Server.Alerts;

/// <summary>A surge alert as the API and the wall show it: the unit named, the window in whole minutes and in whole seconds
/// (a window under a minute, as a drill or a test sets, is no "0 minutes").</summary>
public sealed record AlertView(
    string Kind, string UnitId, string UnitName, int Count, int WindowMinutes, int WindowSeconds, DateTimeOffset RaisedAt, bool Active)
{
    public static AlertView Of(SurgeAlert alert, bool active, JurisdictionTree tree) => new(
        "surge", alert.UnitId.Value, tree.Find(alert.UnitId)?.Name ?? alert.UnitId.Value, alert.Count,
        (int)Math.Round(alert.Window.TotalMinutes), (int)Math.Round(alert.Window.TotalSeconds), alert.RaisedAt, active);
}
