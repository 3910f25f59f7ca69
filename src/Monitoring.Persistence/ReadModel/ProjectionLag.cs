namespace Monitoring.Persistence.ReadModel;

/// <summary>How far a projection's stored offset is behind the journal: the numbers between them, and how long the oldest
/// event past the offset has waited. Both are zero when it is caught up.</summary>
public sealed record ProjectionLag(long Events, TimeSpan Behind)
{
    public static readonly ProjectionLag CaughtUp = new(0, TimeSpan.Zero);

    public bool IsStuck(TimeSpan after) => Behind >= after;
}
