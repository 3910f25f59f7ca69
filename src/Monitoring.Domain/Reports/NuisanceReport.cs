using Monitoring.Domain.Callers;

namespace Monitoring.Domain.Reports;

/// <summary>
/// Pranks, silent calls and genuine calls of a period and the sanctions the ladder gave, side by side. A call counts where
/// it rang in [from, to) and lies in the reader's scope; a level reached counts in the row of the call that reached it.
/// The ladder is replayed over every call of a number (<see cref="RungReplay"/>), inside the scope or not, because a
/// caller's record is the center's, not a unit's; the calls must reach back <see cref="RungReplay.Lookback"/> before the
/// previous period.
/// </summary>
public static class NuisanceReport
{
    /// <summary>The most repeat callers a report lists.</summary>
    public const int RepeatCallersShown = 20;

    /// <summary>Nuisance calls from one number in one period that make it a repeat caller.</summary>
    public const int RepeatFrom = 2;

    public static IReadOnlyList<ReputationLevel> Levels { get; } = [ReputationLevel.Warned, ReputationLevel.Flagged, ReputationLevel.Screened];

    public static TimeSpan StepOf(NuisanceGrouping grouping) => grouping == NuisanceGrouping.Hour ? TimeSpan.FromHours(1) : TimeSpan.FromDays(1);

    public static NuisanceFigures Build(IReadOnlyList<NuisanceCall> calls, IReadOnlyList<Rung> rungs, DateTimeOffset from, DateTimeOffset to,
        NuisanceGrouping grouping, Func<NuisanceCall, bool> inScope, string totalName)
    {
        var byId = calls.ToDictionary(c => c.Call.Id);
        var reached = RungReplay.Replay(calls.Select(c => c.Call), rungs);
        var before = from - (to - from);
        var period = In(calls, from, to, inScope);
        var periodReached = reached.Where(r => r.At >= from && r.At < to).ToList();
        var scopedReached = periodReached.Where(r => inScope(byId[r.By])).ToList();
        var previous = Row(totalName, before, from, In(calls, before, from, inScope),
            reached.Where(r => r.At >= before && r.At < from && inScope(byId[r.By])));
        var total = Row(totalName, from, to, period, scopedReached);
        return new NuisanceFigures(Rows(period, scopedReached, byId, from, to, grouping), total, Rungs(period, scopedReached),
            Repeaters(period, periodReached), previous, Change(total, previous));
    }

    /// <summary>Each tally's change against the period before, as a fraction (−0.37 is 37 % fewer); null where it had none.</summary>
    public static IReadOnlyDictionary<Tally, double?> Change(NuisanceRow now, NuisanceRow before) =>
        Enum.GetValues<Tally>().ToDictionary(t => t, t => before.Counts[t] == 0 ? null : (double?)(now.Counts[t] - before.Counts[t]) / before.Counts[t]);

    public static NuisanceRow Row(string group, DateTimeOffset? from, DateTimeOffset? to, IReadOnlyCollection<NuisanceCall> calls, IEnumerable<RungReached> reached)
    {
        var counts = Enum.GetValues<Tally>().ToDictionary(t => t, t => calls.Count(c => Tallies.Of(c.Call.Kind) == t));
        var shares = counts.ToDictionary(c => c.Key, c => calls.Count == 0 ? null : (double?)c.Value / calls.Count);
        var levels = reached.ToList();
        // A number counts once per level in a row, however often it stepped back on.
        var numbers = Levels.ToDictionary(l => l, l => levels.Where(r => r.Level == l).Select(r => r.Caller).Distinct().Count());
        return new NuisanceRow(group, from, to, calls.Count, counts, shares, numbers);
    }

    private static List<NuisanceCall> In(IEnumerable<NuisanceCall> calls, DateTimeOffset from, DateTimeOffset to, Func<NuisanceCall, bool> inScope) =>
        calls.Where(c => c.Call.ReceivedAt >= from && c.Call.ReceivedAt < to && inScope(c)).ToList();

    /// <summary>Every step of an hour or day, empty ones too, so a chart shows the quiet hours; a Polres or Polda only when it has calls.</summary>
    private static List<NuisanceRow> Rows(List<NuisanceCall> period, List<RungReached> reached, Dictionary<InteractionId, NuisanceCall> byId,
        DateTimeOffset from, DateTimeOffset to, NuisanceGrouping grouping)
    {
        if (grouping is NuisanceGrouping.Polres or NuisanceGrouping.Polda)
        {
            Func<NuisanceCall, string> group = grouping == NuisanceGrouping.Polres ? c => c.Polres : c => c.Polda;
            var reachedBy = reached.ToLookup(r => group(byId[r.By]));
            return period.GroupBy(group).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Row(g.Key, null, null, g.ToList(), reachedBy[g.Key])).ToList();
        }
        var step = StepOf(grouping);
        var format = grouping == NuisanceGrouping.Hour ? "yyyy-MM-dd'T'HH':00'" : "yyyy-MM-dd";
        return ReportTrend.Steps(from, to, step).Select(s => Row(s.From.ToOffset(ReportTrend.Wib).ToString(format, System.Globalization.CultureInfo.InvariantCulture),
            s.From, s.To, period.Where(c => c.Call.ReceivedAt >= s.From && c.Call.ReceivedAt < s.To).ToList(),
            reached.Where(r => r.At >= s.From && r.At < s.To))).ToList();
    }

    private static List<RungFigures> Rungs(List<NuisanceCall> period, List<RungReached> reached) =>
        Levels.Select(level =>
        {
            var firstReached = reached.Where(r => r.Level == level).GroupBy(r => r.Caller).ToDictionary(g => g.Key, g => g.Min(r => r.At));
            var after = period.Where(c => firstReached.TryGetValue(c.Call.Caller, out var at) && c.Call.ReceivedAt > at).ToList();
            var genuine = after.Count(c => Tallies.Of(c.Call.Kind) == Tally.Genuine);
            return new RungFigures(level, firstReached.Count, genuine, after.Count - genuine);
        }).ToList();

    /// <summary>The numbers with the most nuisance calls first; the highest level is over the whole center's replay of the period.</summary>
    private static List<RepeatCaller> Repeaters(List<NuisanceCall> period, List<RungReached> reached)
    {
        var highest = reached.GroupBy(r => r.Caller).ToDictionary(g => g.Key, g => g.Max(r => r.Level));
        return period.GroupBy(c => c.Call.Caller)
            .Select(g =>
            {
                var counts = Enum.GetValues<Tally>().ToDictionary(t => t, t => g.Count(c => Tallies.Of(c.Call.Kind) == t));
                return new RepeatCaller(g.Key, g.Count(), g.Count() - counts[Tally.Genuine], counts,
                    highest.TryGetValue(g.Key, out var level) ? level : ReputationLevel.Normal);
            })
            .Where(r => r.NuisanceCalls >= RepeatFrom)
            .OrderByDescending(r => r.NuisanceCalls).ThenByDescending(r => r.Calls).ThenBy(r => r.Caller.Value, StringComparer.Ordinal)
            .Take(RepeatCallersShown).ToList();
    }
}
