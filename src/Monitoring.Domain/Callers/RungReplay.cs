using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Callers;

/// <summary>A number stepped onto a level of the ladder with one of its calls.</summary>
public sealed record RungReached(CallerNumber Caller, InteractionId By, ReputationLevel Level, DateTimeOffset At);

/// <summary>
/// When a number reached each rung, found by replaying its calls in the order they rang through <see cref="SanctionLadder.Assess"/>,
/// so that a report counts what the ladder decided and never a second reading of it. A level counts as reached when a call
/// gives a reason for it that the number did not have the moment before; a warned number whose third prank both flags
/// and screens it reaches both. Operators' sanctions are not replayed: a report reads calls, not the operators' hands.
/// </summary>
public static class RungReplay
{
    /// <summary>How far before a period its calls must be read for the rolling windows and running screenings to be right.</summary>
    public static TimeSpan Lookback(IReadOnlyList<Rung> rungs) =>
        rungs.Count == 0 ? TimeSpan.Zero : rungs.Max(r => r.Window + (r.ScreenFor ?? TimeSpan.Zero));

    public static IReadOnlyList<RungReached> Replay(IEnumerable<Interaction> calls, IReadOnlyList<Rung> rungs)
    {
        var lookback = Lookback(rungs);
        var reached = new List<RungReached>();
        foreach (var number in calls.GroupBy(c => c.Caller))
        {
            var ordered = number.OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id.Value, StringComparer.Ordinal).ToList();
            var first = 0;
            for (var i = 0; i < ordered.Count; i++)
            {
                var call = ordered[i];
                // Calls older than the longest window and screening cannot change what the ladder says now.
                while (ordered[first].ReceivedAt <= call.ReceivedAt - lookback) first++;
                var before = Levels(ordered, first, i, rungs, call.ReceivedAt);
                var after = Levels(ordered, first, i + 1, rungs, call.ReceivedAt);
                reached.AddRange(after.Except(before).Order().Select(l => new RungReached(number.Key, call.Id, l, call.ReceivedAt)));
            }
        }
        return reached;
    }

    private static HashSet<ReputationLevel> Levels(List<Interaction> ordered, int from, int to, IReadOnlyList<Rung> rungs, DateTimeOffset now)
    {
        var history = new CallerHistory(ordered[from].Caller, [.. ordered.Skip(from).Take(to - from).Select(c => new CallerEntry(c, null, null))]);
        return [.. SanctionLadder.Assess(history, rungs, now).Reasons.Select(r => r.Level)];
    }
}
