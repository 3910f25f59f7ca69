using Monitoring.Domain.Reports;

namespace Monitoring.Domain.Surges;

/// <summary>
/// How many cases a unit opened in each hour of the day (WIB, where the pattern of a day lives), summed over
/// <paramref name="Days"/> days. Hour 0 is 00:00–00:59 WIB.
/// </summary>
public sealed record SurgeBaseline(IReadOnlyList<int> ByHour, int Days)
{
    public static SurgeBaseline None(int days) => new(new int[24], days);

    public static int HourOf(DateTimeOffset at) => at.ToOffset(ReportTrend.Wib).Hour;

    /// <summary>The usual cases per hour at <paramref name="at"/>'s hour of day; 0 for a unit with no history.</summary>
    public double PerHourAt(DateTimeOffset at) => Days <= 0 || ByHour.Count != 24 ? 0 : ByHour[HourOf(at)] / (double)Days;
}
