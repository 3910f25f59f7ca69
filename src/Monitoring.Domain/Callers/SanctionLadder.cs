using System.Collections.Immutable;

namespace Monitoring.Domain.Callers;

/// <summary>
/// Which rung a caller stands on, from its history alone. A window is (now − window, now]: a call exactly one window old
/// has left it. A warning or a flag lasts while the count holds; a screening runs its time from the call that reached it.
/// An operator's clear forgives what came before it, so the ladder reads only the calls after the last clear.
/// </summary>
public static class SanctionLadder
{
    public static readonly ImmutableArray<TimeSpan> Windows = [TimeSpan.FromHours(24), TimeSpan.FromDays(7), TimeSpan.FromDays(30)];

    /// <summary>The presets: warned at 2 pranks in 24 h; flagged at 3 pranks in 30 days (Polda Sumut); screened for 24 h at
    /// 3 pranks or silent calls in 24 h (Purworejo).</summary>
    public static readonly ImmutableArray<Rung> Default =
    [
        new("warned", ReputationLevel.Warned, 2, [Tally.Prank], TimeSpan.FromHours(24)),
        new("flagged", ReputationLevel.Flagged, 3, [Tally.Prank], TimeSpan.FromDays(30)),
        new("screened", ReputationLevel.Screened, 3, [Tally.Prank, Tally.Silent], TimeSpan.FromHours(24), TimeSpan.FromHours(24)),
    ];

    public static Reputation Assess(CallerHistory history, IReadOnlyList<Rung> rungs, DateTimeOffset now)
    {
        var counts = Windows.Select(w => Count(history.Entries.Select(e => e.Interaction), w, now)).ToImmutableArray();
        var lastClear = history.Sanctions.LastOrDefault(s => s.Action == SanctionAction.Clear && s.At <= now)?.At;
        var calls = history.Entries.Select(e => e.Interaction).Where(i => lastClear is null || i.ReceivedAt > lastClear).ToList();
        var reasons = new List<ReputationReason>();
        DateTimeOffset? screenedUntil = null;
        foreach (var rung in rungs)
        {
            if (rung.ScreenFor is { } length)
            {
                if (ScreeningEnd(calls, rung, length, now) is { } end)
                {
                    reasons.Add(new(rung.Level, rung.Name, null, end));
                    screenedUntil = Later(screenedUntil, end);
                }
            }
            else if (Counted(calls, rung, now) >= rung.Threshold) reasons.Add(new(rung.Level, rung.Name, null, null));
        }
        foreach (var s in history.Sanctions.Where(s => s.At <= now && (lastClear is null || s.At >= lastClear)))
        {
            if (s.Action == SanctionAction.Flag) reasons.Add(new(ReputationLevel.Flagged, "operator", s.Reason, null, s.By));
            else if (s.Action == SanctionAction.Screen && s.Until > now)
            {
                reasons.Add(new(ReputationLevel.Screened, "operator", s.Reason, s.Until, s.By));
                screenedUntil = Later(screenedUntil, s.Until.Value);
            }
        }
        var level = reasons.Count == 0 ? ReputationLevel.Normal : reasons.Max(r => r.Level);
        return new Reputation(level, counts, screenedUntil, [.. reasons.OrderByDescending(r => r.Level)]);
    }

    private static WindowCounts Count(IEnumerable<Interactions.Interaction> calls, TimeSpan window, DateTimeOffset now) =>
        new(window, calls.Where(i => Within(i.ReceivedAt, window, now)).GroupBy(i => Tallies.Of(i.Kind))
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count()));

    private static bool Within(DateTimeOffset at, TimeSpan window, DateTimeOffset now) => at > now - window && at <= now;

    private static int Counted(IEnumerable<Interactions.Interaction> calls, Rung rung, DateTimeOffset at) =>
        calls.Count(i => rung.Counted.Contains(Tallies.Of(i.Kind)) && Within(i.ReceivedAt, rung.Window, at));

    /// <summary>The end of the latest screening still running: a call that brought the count to the threshold starts one.</summary>
    private static DateTimeOffset? ScreeningEnd(List<Interactions.Interaction> calls, Rung rung, TimeSpan length, DateTimeOffset now) =>
        calls.Where(i => i.ReceivedAt <= now && rung.Counted.Contains(Tallies.Of(i.Kind)) && Counted(calls, rung, i.ReceivedAt) >= rung.Threshold)
            .Select(i => (DateTimeOffset?)(i.ReceivedAt + length)).Where(end => end > now).Max();

    private static DateTimeOffset Later(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x > b ? x : b;
}
