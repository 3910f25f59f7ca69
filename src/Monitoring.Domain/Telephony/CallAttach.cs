namespace Monitoring.Domain.Telephony;

/// <summary>What a call taker's form takes from the call it is about: the call's one interaction id and the times the
/// telephony measured, which stand over any the form typed.</summary>
public sealed record CallAttach(InteractionId InteractionId, DateTimeOffset? OfferedAt, DateTimeOffset? AnsweredAt, double? DurationSeconds,
    CallerNumber? Caller = null);
