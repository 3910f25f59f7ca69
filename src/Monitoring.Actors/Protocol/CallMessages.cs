using Monitoring.Domain;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Telephony;

namespace Monitoring.Actors.Protocol;

/// <summary>Messages routed to one call by the telephony's call id.</summary>
public interface IWithCallId
{
    CallId CallId { get; }
}

/// <summary>The telephony reports a step of the call; the reply is <see cref="CallReply"/>, the same for the same step twice.</summary>
public sealed record ReportCallStep(TelephonyEvent Event) : IWithCallId
{
    public CallId CallId => Event.CallId;
}

/// <summary>Ask how the call stands; the reply is <see cref="CallReply"/>.</summary>
public sealed record GetCall(CallId CallId) : IWithCallId;

/// <summary>A call taker's form is about the call: the reply is <see cref="CallFormReply"/>, what the form takes from it or why not.</summary>
public sealed record AttachCallForm(CallId CallId) : IWithCallId;

/// <summary>The form that attached to the call was refused further on (a link to another incident, a case that would not
/// open): the call takes the next form at once. No reply.</summary>
public sealed record ReleaseCallForm(CallId CallId) : IWithCallId;

/// <summary>The form about the call recorded its interaction as <paramref name="Kind"/>; the reply is <see cref="CallReply"/>.</summary>
public sealed record CallFormRecorded(CallId CallId, Kind Kind) : IWithCallId;

/// <summary>The handset's own position for the call (AML); the reply is <see cref="CallReply"/>.</summary>
public sealed record AttachLocation(CallId CallId, DateTimeOffset At, NetworkLocation Location) : IWithCallId;

/// <summary>The call as the center now knows it, or the step's refusal (nothing was recorded).</summary>
public sealed record CallReply(CallSnapshot Call, FieldError? Refusal = null);

/// <summary>What a form takes from the call, or the code of why it may not (<see cref="ErrorCodes"/>).</summary>
public sealed record CallFormReply(CallAttach? Attach, string? Refusal);

/// <summary>One call at a moment: its state, times, where it rings now and on which level of its chain, and its
/// interaction once one is recorded.</summary>
public sealed record CallSnapshot(
    CallId CallId,
    bool Known,
    CallStatus State,
    DateTimeOffset? OfferedAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? EndedAt,
    UnitId RingsAt,
    int Level,
    InteractionId? InteractionId,
    CallerNumber? Caller,
    string? AgentId,
    NetworkLocation? Location)
{
    public static CallSnapshot Of(Call call, RingPosition position) =>
        new(call.Id, call.IsKnown, call.Status, call.OfferedAt, call.AnsweredAt, call.EndedAt, position.RingsAt, position.Level,
            call.Filed is not null || call.Classified is not null ? call.InteractionId : null, call.Caller, call.AgentId, call.Location);
}
