using Monitoring.Actors.Protocol;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Domain.Telephony;

namespace Monitoring.Server.Telephony;

/// <summary>A call as the wall and the call takers' screens show it: the unit it rings at named, the number whole or masked
/// as the reader may see it.</summary>
public sealed record CallView(
    string CallId, CallStatus State, string? CallerNumber, string? CalledNumber, DateTimeOffset? OfferedAt, DateTimeOffset? AnsweredAt,
    DateTimeOffset? EndedAt, string RingsAt, string RingsAtName, int Level, DateTimeOffset? NextMoveAt, string? AgentId,
    NetworkLocation? Location, IReadOnlyList<string> UnitChain)
{
    public static CallView Of(CallSummary c, bool fullNumbers, JurisdictionTree tree) => new(
        c.CallId.Value, c.State, c.CallerNumber is { } n && !fullNumbers ? CallerNumbers.Mask(n) : c.CallerNumber, c.CalledNumber,
        c.OfferedAt, c.AnsweredAt, c.EndedAt, c.RingsAt.Value, tree.Find(c.RingsAt)?.Name ?? c.RingsAt.Value, c.Level, c.NextMoveAt,
        c.AgentId, c.Location, [.. c.Chain.Select(u => u.Value)]);
}
