namespace Monitoring.Domain.Interactions;

/// <summary>One contact with the public, immutable once recorded. Times are UTC. The caller is in E.164; what the call
/// taker or telephony sent, when it differs, is kept beside it for display.</summary>
public sealed record Interaction(
    InteractionId Id,
    CallerNumber Caller,
    Channel Channel,
    Kind Kind,
    Category? Category,
    Location? Location,
    string? Summary,
    string? AgentId,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset RecordedAt,
    double? DurationSeconds,
    string? RecordingUri,
    string? CallerNumberAsTyped = null)
{
    /// <summary>How long the caller waited for a voice: the first target (answer within 10 s).</summary>
    public TimeSpan? TimeToAnswer => AnsweredAt - ReceivedAt;
}
