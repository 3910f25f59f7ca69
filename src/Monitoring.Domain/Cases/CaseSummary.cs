using Monitoring.Domain.Callers;
using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Cases;

/// <summary>
/// What a queue or a list shows of a case. Version is the number of the case's events so far, so a reader
/// can drop an update older than the one it holds. CallerNumber is the number of the call that opened the case, in E.164,
/// or masked (<see cref="WithCallerMasked"/>) for a reader who may not see it whole. FirstDeadline is the acknowledge
/// deadline set at the opening, which no escalation moves: what <see cref="CaseUrgency"/> ranks by.
/// </summary>
public sealed record CaseSummary(
    CaseId CaseId,
    long Version,
    CaseState State,
    Kind Kind,
    Category Category,
    Priority Priority,
    UnitId AssignedUnitId,
    UnitId ResponsibleUnitId,
    int EscalationLevel,
    int Alarms,
    bool OutOfCoverage,
    Location Location,
    string Summary,
    string CallerNumber,
    DateTimeOffset ReceivedAt,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? Deadline,
    Milestone? Awaiting,
    IReadOnlyList<UnitId> UnitChain,
    DateTimeOffset FirstDeadline,
    int UnacknowledgedAlarms = 0,
    int CallerCount = 1)
{
    /// <summary>Sent with every summary so that no reader re-implements which states are final.</summary>
    public bool IsFinal => State.IsFinal();

    /// <summary>Whether the case lies within <paramref name="unit"/>: assigned to it or to a unit below it (what its console shows).</summary>
    public bool IsWithin(UnitId unit) => UnitChain.Contains(unit);

    /// <summary>Whether <paramref name="unit"/> must act on the case (a method, not a property, so it is not sent with it).</summary>
    public bool IsResponsible(UnitId unit) => Case.ResponsibleUnitsOf(UnitChain, EscalationLevel).Contains(unit);

    /// <summary>The summary as a reader who may not see caller numbers gets it: the caller's number masked, and any number the
    /// call taker wrote into the summary too.</summary>
    public CaseSummary WithCallerMasked() =>
        this with { CallerNumber = CallerNumbers.Mask(CallerNumber), Summary = CallerNumbers.MaskIn(Summary) };

    /// <summary>
    /// The open cases as <paramref name="snapshot"/> shows them, brought up to date by <paramref name="later"/> summaries:
    /// per case the highest version wins and a case whose latest summary is final leaves the list. Newest first.
    /// </summary>
    public static IReadOnlyList<CaseSummary> LatestOpen(IEnumerable<CaseSummary> snapshot, IEnumerable<CaseSummary> later)
    {
        var latest = new Dictionary<CaseId, CaseSummary>();
        foreach (var c in snapshot.Concat(later))
        {
            if (!latest.TryGetValue(c.CaseId, out var held) || held.Version < c.Version) latest[c.CaseId] = c;
        }
        return latest.Values.Where(c => !c.IsFinal).OrderByDescending(c => c.OpenedAt).ThenBy(c => c.CaseId.Value, StringComparer.Ordinal).ToList();
    }

    public static CaseSummary Of(Case c, long version) => new(
        c.Id, version, c.State, c.Interaction.Kind, c.Interaction.Category!.Value, c.Priority, c.AssignedUnit, c.ResponsibleUnit,
        c.Level, c.Alarms, c.Routing.OutOfCoverage, c.Interaction.Location!, c.Interaction.Summary!, c.Interaction.Caller.Value, c.Interaction.ReceivedAt, c.OpenedAt, c.UpdatedAt,
        c.Deadline, c.Awaiting, c.Chain, c.FirstDeadline, c.Progress.UnacknowledgedAlarms, c.Callers);
}
