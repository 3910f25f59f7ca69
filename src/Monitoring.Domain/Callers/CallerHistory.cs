using System.Collections.Immutable;
using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Callers;

/// <summary>Every interaction of one caller number, kept forever, oldest first. Recording is idempotent by id.</summary>
public sealed record CallerHistory(CallerNumber Caller, ImmutableList<CallerEntry> Entries)
{
    /// <summary>Operators' flags, screenings and clears, oldest first.</summary>
    public ImmutableList<CallerSanction> Sanctions { get; init; } = [];

    public static CallerHistory Empty(CallerNumber caller) => new(caller, []);

    public CallerHistory Sanction(CallerSanction sanction) => this with { Sanctions = Sanctions.Add(sanction) };

    public bool Has(InteractionId id) => Entries.Exists(e => e.Interaction.Id == id);

    /// <summary>The history with the entry: added once; filed again under another case (a call split off into a case of its
    /// own), it moves there, keeping its place; a call the center recorded as abandoned or unclassified, filed again as what
    /// it really was, becomes that, keeping its place.</summary>
    public CallerHistory Record(CallerEntry entry)
    {
        var at = Entries.FindIndex(e => e.Interaction.Id == entry.Interaction.Id);
        if (at < 0) return this with { Entries = Entries.Add(entry) };
        if (Reclassifies(Entries[at], entry)) return this with { Entries = Entries.SetItem(at, entry) };
        return Moves(entry) ? this with { Entries = Entries.SetItem(at, Entries[at] with { CaseId = entry.CaseId, AssignedUnitId = entry.AssignedUnitId }) } : this;
    }

    /// <summary>Whether filing the entry would change the history: new, filed under a case other than the one held, or
    /// classifying a call the center recorded provisionally.</summary>
    public bool Moves(CallerEntry entry) =>
        Entries.Find(e => e.Interaction.Id == entry.Interaction.Id) is not { } held
        || (entry.CaseId is not null && held.CaseId != entry.CaseId) || Reclassifies(held, entry);

    /// <summary>Only the center's own provisional kinds give way, and a recorded judgement never goes back to one.</summary>
    private static bool Reclassifies(CallerEntry held, CallerEntry entry) =>
        held.Interaction.Kind.IsProvisional() && entry.Interaction.Kind != held.Interaction.Kind;

    public IEnumerable<CallerEntry> NewestFirst => Entries.AsEnumerable().Reverse();
}

/// <summary>One interaction in a caller's history and the case it opened, if any.</summary>
public sealed record CallerEntry(Interaction Interaction, CaseId? CaseId, UnitId? AssignedUnitId);
