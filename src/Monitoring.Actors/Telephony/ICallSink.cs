using Monitoring.Actors.Protocol;

namespace Monitoring.Actors.Telephony;

/// <summary>Where a node's call board delivers a call that rang, was answered or ended: the Server's SignalR hub.</summary>
public interface ICallSink
{
    Task PushAsync(CallChanged call);
}
