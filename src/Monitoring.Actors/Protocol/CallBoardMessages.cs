using Monitoring.Domain;
using Monitoring.Domain.Telephony;

namespace Monitoring.Actors.Protocol;

/// <summary>
/// A call as the operations room sees it: where it stands, where it rings now (the answering point of the chain it has
/// climbed to) and the number, the agent and the network's position. <paramref name="Version"/> is the count of the call's
/// events, so a board drops a summary older than the one it holds. <paramref name="Chain"/> is whose walls see it.
/// </summary>
public sealed record CallSummary(
    CallId CallId, long Version, CallStatus State, string? CallerNumber, string? CalledNumber,
    DateTimeOffset? OfferedAt, DateTimeOffset? AnsweredAt, DateTimeOffset? EndedAt,
    IReadOnlyList<UnitId> Chain, int Level, UnitId RingsAt, DateTimeOffset? NextMoveAt, string? AgentId, NetworkLocation? Location)
{
    public bool IsLive => State is CallStatus.Ringing or CallStatus.Answered;
}

/// <summary>Published on the "calls" topic by a call's actor after each change it keeps.</summary>
public sealed record CallChanged(CallSummary Call)
{
    public const string Topic = "calls";
}

/// <summary>Ask a node's call board for the calls ringing or being talked now; the reply is a <see cref="LiveCalls"/>.</summary>
public sealed record GetLiveCalls;

public sealed record LiveCalls(IReadOnlyList<CallSummary> Calls);

/// <summary>Ask a node's call board which call of <paramref name="Caller"/> a position fixed at <paramref name="At"/> belongs
/// to; the reply is a <see cref="LatestCall"/>.</summary>
public sealed record FindLatestCall(string Caller, DateTimeOffset At);

/// <summary>The number's live call, else its call that ended most recently within the board's memory; null for none.</summary>
public sealed record LatestCall(CallSummary? Call);
