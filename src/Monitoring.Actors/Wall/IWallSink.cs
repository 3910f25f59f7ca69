using Monitoring.Actors.Protocol;

namespace Monitoring.Actors.Wall;

/// <summary>Where a node's wall feed delivers its batches: the Server's SignalR hub.</summary>
public interface IWallSink
{
    Task PushAsync(IReadOnlyList<CaseChanged> batch);
}
