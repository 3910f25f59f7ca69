namespace Monitoring.Domain.Cases;

/// <summary>The outcome of a command: events to persist (possibly none), or a rejection that changes nothing.</summary>
public sealed record Decision(IReadOnlyList<CaseEvent> Events, Rejection? Rejection)
{
    public static Decision Nothing { get; } = new([], null);

    public static Decision Accept(CaseEvent e) => new([e], null);

    public static Decision Reject(RejectionKind kind, string code, string reason, string? field = null) =>
        new([], new Rejection(kind, code, reason, field));

    public bool Rejected => Rejection is not null;
}
