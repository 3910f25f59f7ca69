using Monitoring.Actors.Protocol;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Domain.Telephony;

namespace Monitoring.Server.Telephony;

/// <summary>A call as the wall and the call takers' screens show it: the unit it rings at named, the number whole or masked
/// as the reader may see it. Version is the count of the call's events: pushes may overtake each other, and a screen keeps
/// the newest.</summary>
public sealed record CallView(
    string CallId, long Version, CallStatus State, string? CallerNumber, DateTimeOffset? OfferedAt, DateTimeOffset? AnsweredAt,
    DateTimeOffset? EndedAt, string RingsAt, string RingsAtName, int Level, string? AgentId, NetworkLocation? Location,
    IReadOnlyList<string> UnitChain)
{
    public static CallView Of(CallChanged changed, bool fullNumbers, JurisdictionTree tree)
    {
        var c = changed.Call;
        var number = c.Caller?.Value;
        // A SIP Call-ID may carry the caller's number: masked as numbers are for a reader who may not see them.
        return new(fullNumbers ? c.CallId.Value : CallerNumbers.MaskIn(c.CallId.Value), changed.Version, c.State, number is not null && !fullNumbers ? CallerNumbers.Mask(number) : number,
            c.OfferedAt, c.AnsweredAt, c.EndedAt, c.RingsAt.Value, tree.Find(c.RingsAt)?.Name ?? c.RingsAt.Value, c.Level, c.AgentId, c.Location,
            [.. changed.Chain.Select(u => u.Value)]);
    }
}
