using Monitoring.Domain.Surges;

namespace Monitoring.Actors.Units;

/// <summary><c>Monitoring:Surge</c>.</summary>
public sealed class SurgeOptions
{
    public int Threshold { get; set; } = SurgePolicy.Default.Threshold;

    public TimeSpan Window { get; set; } = SurgePolicy.Default.Window;

    public double Multiple { get; set; } = SurgePolicy.Default.Multiple;

    public int BaselineDays { get; set; } = SurgePolicy.Default.BaselineDays;

    /// <summary>How often a unit judges its window again, so an alert clears when no case comes.</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a unit reads its usual hourly rate again from the read model.</summary>
    public TimeSpan BaselineRefresh { get; set; } = TimeSpan.FromHours(1);

    public SurgeSettings ToSettings() => new(new SurgePolicy(Threshold, Window, Multiple, BaselineDays), CheckEvery, BaselineRefresh);

    public IEnumerable<string> Problems()
    {
        if (Threshold < 1) yield return "Threshold must be at least 1";
        if (Window <= TimeSpan.Zero) yield return "Window must be positive";
        if (Multiple < 1) yield return "Multiple must be at least 1";
        if (BaselineDays < 1) yield return "BaselineDays must be at least 1";
        if (CheckEvery <= TimeSpan.Zero) yield return "CheckEvery must be positive";
        if (BaselineRefresh <= TimeSpan.Zero) yield return "BaselineRefresh must be positive";
    }
}

public sealed record SurgeSettings(SurgePolicy Policy, TimeSpan CheckEvery, TimeSpan BaselineRefresh)
{
    public static readonly SurgeSettings Default = new SurgeOptions().ToSettings();
}
