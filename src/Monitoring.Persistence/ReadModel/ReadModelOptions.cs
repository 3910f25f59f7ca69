namespace Monitoring.Persistence.ReadModel;

/// <summary><c>Monitoring:ReadModel</c>.</summary>
public sealed class ReadModelOptions
{
    /// <summary>How far the read model may fall behind the journal (the age of the oldest event not yet projected)
    /// before the projection counts as stuck: <c>/readyz</c> reports Degraded and <c>monitoring_projection_stuck</c> is 1.
    /// Keep it above the 10 s the projection waits for a gap in PostgreSQL's numbering.</summary>
    public TimeSpan StuckAfter { get; set; } = TimeSpan.FromSeconds(30);
}
