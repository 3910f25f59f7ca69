using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Interactions;

namespace Monitoring.Server.Intake;

/// <summary>One entry of a caller's history as the API shows it.</summary>
public sealed record InteractionView(
    InteractionId InteractionId,
    CallerNumber CallerNumber,
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
    CaseId? CaseId,
    UnitId? AssignedUnitId)
{
    public static InteractionView Of(CallerEntry e)
    {
        var i = e.Interaction;
        return new(i.Id, i.Caller, i.Channel, i.Kind, i.Category, i.Location, i.Summary, i.AgentId, i.ReceivedAt, i.AnsweredAt,
            i.RecordedAt, i.DurationSeconds, i.RecordingUri, e.CaseId, e.AssignedUnitId);
    }
}
