using Monitoring.Domain.Cases;
using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Retention;

/// <summary>
/// What of an interaction or a case is the caller's personal data (UU 27/2022), and what the center keeps once its
/// retention has passed: the kind, category, priority, channel, units and times the figures are made of. A redacted
/// event still replays: the case it rebuilds is the same case, with its personal fields blank and its place rounded.
/// Redacting twice gives the same event, so a purge that is run again (or on two nodes at once) changes nothing more.
/// </summary>
public static class Redaction
{
    /// <summary>Two decimals of a degree, about 1.1 km at the equator: enough for a map of where the work was, not
    /// enough to find a house.</summary>
    public const int LocationDecimals = 2;

    /// <summary>The number a redacted interaction has: none. A caller's history is asked by a normalized number, which
    /// is never empty, so a redacted entry is in nobody's history.</summary>
    public static readonly CallerNumber NoCaller = new("");

    public static bool IsRedacted(Interaction i) => i.Caller == NoCaller;

    public static Interaction Redact(Interaction i) => i with
    {
        Caller = NoCaller,
        CallerNumberAsTyped = null,
        Location = i.Location is { } l ? Redact(l) : null,
        // A case's summary is required; an empty one says "removed" without breaking what reads it.
        Summary = i.Summary is null ? null : "",
        AgentId = null,
        RecordingUri = null,
    };

    /// <summary>The event with the caller's data removed. The outcome, the cancellation note, a handover's reason and a note
    /// are free text that may quote the caller; the officers who acted stay, because the center answers for who handled each case.</summary>
    public static CaseEvent Redact(CaseEvent e) => e switch
    {
        CaseOpened o => o with { Interaction = Redact(o.Interaction) },
        CaseResolved r => r with { Outcome = "" },
        CaseCancelled c => c with { Note = "" },
        CaseReassigned r => r with { Reason = "" },
        CaseNoted n => n with { Text = "" },
        // Every call linked or merged into a case is a caller's data as much as the one that opened it.
        CaseLinked l => l with { Interaction = Redact(l.Interaction) },
        CaseJoined j => j with { Calls = j.Calls.Select(Redact).ToList() },
        CaseMerged m => m with { Reason = "" },
        _ => e,
    };

    /// <summary>The place rounded, the address (spoken free text) gone.</summary>
    public static Location Redact(Location l) => new(Round(l.Latitude), Round(l.Longitude), null);

    private static double Round(double degrees) => Math.Round(degrees, LocationDecimals, MidpointRounding.AwayFromZero);
}
