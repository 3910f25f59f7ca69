using System.Collections.Immutable;
using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Callers;

/// <summary>The rungs of the sanction ladder, mildest first; a caller stands on the highest that applies.</summary>
public enum ReputationLevel { Normal, Warned, Flagged, Screened }

/// <summary>What a call counts as on the caller's record. Each nuisance is its own tally, never merged.</summary>
public enum Tally { Genuine, Prank, Silent, HangUp }

public static class Tallies
{
    public static Tally Of(Kind kind) => kind switch
    {
        Kind.Prank => Tally.Prank,
        Kind.Silent => Tally.Silent,
        Kind.Abandoned => Tally.HangUp,
        // An answered call not yet classified: someone spoke to a call taker, so it is no nuisance until a form says so.
        _ => Tally.Genuine,
    };
}

/// <summary>One rung: at <paramref name="Threshold"/> calls of the <paramref name="Counted"/> tallies within
/// <paramref name="Window"/>, the caller reaches <paramref name="Level"/>; a screening lasts <paramref name="ScreenFor"/>
/// from the call that reached it.</summary>
public sealed record Rung(string Name, ReputationLevel Level, int Threshold, ImmutableArray<Tally> Counted, TimeSpan Window, TimeSpan? ScreenFor = null);

/// <summary>Why a caller stands where it does: a rung reached, or an operator's hand (<paramref name="By"/> whom).</summary>
public sealed record ReputationReason(ReputationLevel Level, string Source, string? Note, DateTimeOffset? Until, Person? By = null);

/// <summary>The calls of each tally within one rolling window.</summary>
public sealed record WindowCounts(TimeSpan Window, ImmutableSortedDictionary<Tally, int> Counts);

/// <summary>A caller's record at one moment.</summary>
public sealed record Reputation(ReputationLevel Level, ImmutableArray<WindowCounts> Counts, DateTimeOffset? ScreenedUntil, ImmutableArray<ReputationReason> Reasons);
