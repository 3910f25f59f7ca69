using Monitoring.Actors.Protocol;

namespace Monitoring.Actors.Alerts;

/// <summary>Where a node's alert board delivers a raised, changed or cleared alert: the Server's SignalR hub.</summary>
public interface IAlertSink
{
    Task PushAsync(SurgeChanged change);
}
