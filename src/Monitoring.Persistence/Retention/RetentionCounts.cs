namespace Monitoring.Persistence.Retention;

/// <summary>What one purge removed: cases made anonymous, interactions gone from callers' histories, and journal events
/// rewritten (a case's) or deleted (a caller's).</summary>
public sealed record RetentionCounts(int Cases, int Interactions, int CaseEvents, int CallerEvents)
{
    public static readonly RetentionCounts None = new(0, 0, 0, 0);

    public bool Any => Cases + Interactions + CaseEvents + CallerEvents > 0;

    public RetentionCounts Add(RetentionCounts other) =>
        new(Cases + other.Cases, Interactions + other.Interactions, CaseEvents + other.CaseEvents, CallerEvents + other.CallerEvents);

    public override string ToString() =>
        $"{Cases} cases, {Interactions} interactions, {CaseEvents} case events redacted, {CallerEvents} caller events deleted";
}
