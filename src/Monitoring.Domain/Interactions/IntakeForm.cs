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
    string? LinkToCaseId = null);

public sealed record LocationForm(double? Latitude, double? Longitude, string? Address);

/// <summary>A form that passed every rule: the interaction to record and, for a report or complaint, its case priority and
/// the open case the call taker linked it to, if they did.</summary>
public sealed record Intake(Interaction Interaction, Priority? CasePriority, CaseId? LinkTo = null);
