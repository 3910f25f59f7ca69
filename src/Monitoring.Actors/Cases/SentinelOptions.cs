namespace Monitoring.Actors.Cases;

/// <summary><c>Monitoring:Sentinel</c>.</summary>
public sealed class SentinelOptions
{
    /// <summary>How often the Sentinel looks for overdue cases.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long past its deadline a case's own timer is given before the Sentinel wakes it.</summary>
    public TimeSpan Grace { get; set; } = TimeSpan.FromSeconds(2);

    public SentinelSettings ToSettings() => new(Interval, Grace);
}
