namespace Monitoring.Domain.Interactions;

/// <summary>What a call taker or the telephony sends, unparsed: every rule about it lives in <see cref="IntakeRules"/>.</summary>
public sealed record IntakeForm(
    string? CallerNumber,
    string? Channel,
    string? Kind,
    string? Category,
    string? Priority,
    LocationForm? Location,
    string? Summary,
    string? AgentId,
    string? ReceivedAt,
    string? AnsweredAt,
    double? DurationSeconds,
    string? RecordingUri,
    string? LinkToCaseId = null,
    string? CallId = null);

public sealed record LocationForm(double? Latitude, double? Longitude, string? Address);

/// <summary>A form that passed every rule: the interaction to record and, for a report or complaint, its case priority,
/// the open case the call taker linked it to, if they did, and the telephony's call it is about, if it names one.</summary>
public sealed record Intake(Interaction Interaction, Priority? CasePriority, CaseId? LinkTo = null, CallId? Call = null)
{
    /// <summary>A form about a call names the call's own number, when the telephony gave one: a form filed under another
    /// number would leave the caller's record without the call and give a stranger its ring.</summary>
    public FieldError? CallerDiffers(Telephony.CallAttach call) => call.Caller is { } number && number != Interaction.Caller
        ? new FieldError("callerNumber", ErrorCodes.CallCaller, $"The call came from {Callers.CallerNumbers.Mask(number.Value)}; the form names another number.")
        : null;

    /// <summary>The form as its call's one interaction: the call's id, and the ring, answer and length the telephony measured
    /// over any the form typed (a voice call, whatever channel it named).</summary>
    public Intake OnCall(Telephony.CallAttach call) => this with
    {
        Interaction = Interaction with
        {
            Id = call.InteractionId, Channel = Channel.Voice, ReceivedAt = call.OfferedAt ?? Interaction.ReceivedAt,
            AnsweredAt = call.AnsweredAt ?? Interaction.AnsweredAt, DurationSeconds = call.DurationSeconds ?? Interaction.DurationSeconds,
        },
    };
}
