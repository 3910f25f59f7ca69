using Microsoft.AspNetCore.SignalR;
using Monitoring.Actors.Alerts;
using Monitoring.Actors.Protocol;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Server.Wall;

namespace Monitoring.Server.Alerts;

/// <summary>Sends an alert to the whole-tree wall and to every unit feed on its chain (an operator of the Polres joins the
/// Polres's feed), both twins of each: an alert holds no caller's number.</summary>
public sealed class HubAlertSink(IHubContext<WallHub> hub, JurisdictionTree tree) : IAlertSink
{
    public const string Method = "alert";

    public Task PushAsync(SurgeChanged change)
    {
        var view = AlertView.Of(change.Alert, change.Active, tree);
        var groups = WallHub.FeedsOf(change.Alert.UnitChain).SelectMany(feed => new[] { WallHub.Group(feed, true), WallHub.Group(feed, false) }).ToList();
        return hub.Clients.Groups(groups).SendAsync(Method, view);
    }
}
