using Monitoring.Domain.Cases;

namespace Monitoring.Domain.Patrols;

/// <summary>The outcome of a command to a patrol board: events to persist (possibly none), or a rejection that changes nothing.</summary>
public sealed record PatrolDecision(IReadOnlyList<PatrolEvent> Events, Rejection? Rejection)
{
    public static PatrolDecision Nothing { get; } = new([], null);

    public static PatrolDecision Accept(PatrolEvent e) => new([e], null);

    public static PatrolDecision Reject(RejectionKind kind, string code, string reason, string? field = null) =>
        new([], new Rejection(kind, code, reason, field));
}
