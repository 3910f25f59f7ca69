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
    /// own), it moves there, keeping its place.</summary>
    public CallerHistory Record(CallerEntry entry)
    {
        var at = Entries.FindIndex(e => e.Interaction.Id == entry.Interaction.Id);
        if (at < 0) return this with { Entries = Entries.Add(entry) };
        return Moves(entry) ? this with { Entries = Entries.SetItem(at, Entries[at] with { CaseId = entry.CaseId, AssignedUnitId = entry.AssignedUnitId }) } : this;
    }

    /// <summary>Whether filing the entry would change the history: new, or filed under a case other than the one held.</summary>
    public bool Moves(CallerEntry entry) =>
        Entries.Find(e => e.Interaction.Id == entry.Interaction.Id) is not { } held || (entry.CaseId is not null && held.CaseId != entry.CaseId);

    public IEnumerable<CallerEntry> NewestFirst => Entries.AsEnumerable().Reverse();
}

/// <summary>One interaction in a caller's history and the case it opened, if any.</summary>
public sealed record CallerEntry(Interaction Interaction, CaseId? CaseId, UnitId? AssignedUnitId);
