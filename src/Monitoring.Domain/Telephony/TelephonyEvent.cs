namespace Monitoring.Domain.Telephony;

/// <summary>One step of a call that passed every rule. Times are UTC, to the millisecond the telephony gave. The raw
/// PIDF-LO is kept as sent until the center reads it into a location.</summary>
public sealed record TelephonyEvent(
    CallId CallId,
    CallStep Step,
    DateTimeOffset At,
    CallerNumber? Caller = null,
    string? CalledNumber = null,
    string? AgentId = null,
    NetworkLocation? Location = null,
    string? PidfLo = null);
