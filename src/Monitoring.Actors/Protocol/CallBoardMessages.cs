using Monitoring.Domain;
using Monitoring.Domain.Telephony;

namespace Monitoring.Actors.Protocol;

/// <summary>
/// Published on the "calls" topic by a call's actor after each change it keeps: the call as it stands, the count of its
/// events (so a board drops a change older than the one it holds) and its answering chain (whose walls see it).
/// </summary>
public sealed record CallChanged(CallSnapshot Call, long Version, IReadOnlyList<UnitId> Chain)
{
    public const string Topic = "calls";

    public bool IsLive => Call.State is CallStatus.Ringing or CallStatus.Answered;
}

/// <summary>Ask a node's call board for the calls ringing or being talked now; the reply is a <see cref="LiveCalls"/>.</summary>
public sealed record GetLiveCalls;

public sealed record LiveCalls(IReadOnlyList<CallChanged> Calls);

/// <summary>Ask a node's call board which call of <paramref name="Caller"/> a position fixed at <paramref name="At"/> belongs
/// to; the reply is a <see cref="LatestCall"/>.</summary>
public sealed record FindLatestCall(CallerNumber Caller, DateTimeOffset At);

/// <summary>The number's live call, else its call that ended most recently within the board's memory; null for none.</summary>
public sealed record LatestCall(CallChanged? Call);
