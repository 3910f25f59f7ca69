namespace Monitoring.Domain.Surges;

/// <summary>
/// When the reports and complaints of one unit make a surge: at least <paramref name="Threshold"/> opened within
/// <paramref name="Window"/>, and at least <paramref name="Multiple"/> times what the unit usually sees in such a window at
/// that hour of day, averaged over the last <paramref name="BaselineDays"/> days.
/// </summary>
public sealed record SurgePolicy(int Threshold, TimeSpan Window, double Multiple, int BaselineDays)
{
    public static readonly SurgePolicy Default = new(5, TimeSpan.FromMinutes(10), 4, 28);
}
