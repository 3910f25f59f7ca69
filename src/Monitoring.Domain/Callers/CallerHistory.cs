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

    public CallerHistory Record(CallerEntry entry) => Has(entry.Interaction.Id) ? this : this with { Entries = Entries.Add(entry) };

    public IEnumerable<CallerEntry> NewestFirst => Entries.AsEnumerable().Reverse();
}

/// <summary>One interaction in a caller's history and the case it opened, if any.</summary>
public sealed record CallerEntry(Interaction Interaction, CaseId? CaseId, UnitId? AssignedUnitId);
