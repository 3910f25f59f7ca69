using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Interactions;

namespace Monitoring.Server.Cases;

/// <summary>A case as the API shows it: where it stands, who must act, by when, and everything that happened. CallerNumber
/// is in E.164, or masked (<see cref="WithCallerMasked"/>) for a reader who may not see it whole.</summary>
public sealed record CaseView(
    CaseId CaseId,
    CaseState State,
    Kind Kind,
    Category Category,
    Priority Priority,
    Location Location,
    string Summary,
    InteractionId InteractionId,
    string CallerNumber,
    Channel Channel,
    UnitId AssignedUnitId,
    UnitId ResponsibleUnitId,
    IReadOnlyList<UnitId> ResponsibleUnitIds,
    IReadOnlyList<UnitId> UnitChain,
    int EscalationLevel,
    int Alarms,
    bool OutOfCoverage,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt,
    Milestone? Awaiting,
    DateTimeOffset? NextDeadline,
    IReadOnlyList<TimelineEntry> Timeline,
    int Callers = 1,
    CaseId? MergedIntoCaseId = null)
{
    /// <summary>What the reader may do to the case now, the next step first; none for a role that takes no actions.</summary>
    public IReadOnlyList<CaseAction> AllowedActions { get; init; } = [];

    public static CaseView Of(Case c) => new(
        c.Id, c.State, c.Interaction.Kind, c.Interaction.Category!.Value, c.Priority, c.Interaction.Location!, c.Interaction.Summary!,
        c.Interaction.Id, c.Interaction.Caller.Value, c.Interaction.Channel, c.AssignedUnit, c.ResponsibleUnit, c.ResponsibleUnits, c.Chain,
        c.Level, c.Alarms, c.Routing.OutOfCoverage, c.OpenedAt, c.UpdatedAt, c.Awaiting, c.Deadline,
        c.Timeline.Select(TimelineEntry.Of).ToList(), c.Callers, c.MergedInto);

    /// <summary>The case with its caller's number masked, and any number written into its summary, a step's detail or a
    /// note (an officer may note a number to call back).</summary>
    public CaseView WithCallerMasked() => this with
    {
        CallerNumber = CallerNumbers.Mask(CallerNumber),
        Summary = CallerNumbers.MaskIn(Summary),
        Timeline = Timeline.Select(e => e with { Detail = MaskedText(e.Detail), Note = MaskedText(e.Note) }).ToList(),
    };

    private static string? MaskedText(string? text) => text is null ? null : CallerNumbers.MaskIn(text);
}
