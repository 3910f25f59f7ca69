using Monitoring.Domain.Callers;

namespace Monitoring.Server.Callers;

/// <summary>
/// One rolling window as a client reads it: its length in whole hours (24, 168, 720), which every language counts
/// without a duration parser, and every tally, a tally without calls as 0 so that a client never tells "none" from "not
/// sent".
/// </summary>
public sealed record WindowCountsView(int Hours, IReadOnlyDictionary<Tally, int> Counts)
{
    public static WindowCountsView Of(WindowCounts w) => new((int)w.Window.TotalHours,
        Enum.GetValues<Tally>().ToDictionary(t => t, t => w.Counts.GetValueOrDefault(t)));
}
