using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Telephony;

namespace Monitoring.Server.Telephony;

/// <summary>The call as the center knows it after an event: where it stands and where it should ring now, so a PBX that
/// asks may move the call up the chain as the 10-second rule says.</summary>
public sealed record CallEventResponse(
    CallId CallId, CallStatus State, DateTimeOffset? OfferedAt, DateTimeOffset? AnsweredAt, DateTimeOffset? EndedAt, UnitId RingsAt, int Level,
    InteractionId? InteractionId, NetworkLocation? Location)
{
    public static CallEventResponse Of(CallSnapshot c) =>
        new(c.CallId, c.State, c.OfferedAt, c.AnsweredAt, c.EndedAt, c.RingsAt, c.Level, c.InteractionId, c.Location);
}
