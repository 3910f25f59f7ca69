namespace Monitoring.Server.Audit;

/// <summary><c>Monitoring:Audit</c>.</summary>
public sealed class AuditOptions
{
    /// <summary>How long a line of the trail is kept; older ones are purged (and the purge is itself a line).</summary>
    public int RetentionDays { get; set; } = 400;

    /// <summary>Lines waiting for the writer; a request never waits for room: a line that finds the queue full is
    /// dropped and counted (<c>monitoring_audit_dropped_total</c>).</summary>
    public int QueueCapacity { get; set; } = 10_000;

    public IEnumerable<string> Problems()
    {
        if (RetentionDays is < 1 or > 36_500) yield return "RetentionDays must be a whole number of days from 1 to 36500";
        if (QueueCapacity is < 1 or > 1_000_000) yield return "QueueCapacity must be from 1 to 1000000";
    }
}
