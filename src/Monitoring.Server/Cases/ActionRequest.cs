using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Interactions;

namespace Monitoring.Server.Cases;

/// <summary>The body of a unit's action on a case; which fields matter depends on the action. Who acts is never read from
/// it (an "officer" field is ignored): the sign-in says.</summary>
/// <remarks>A cancel's reason is one of the cancel reasons; a handover's is free text, the unit it goes to is toUnitId. A
/// note's text is note, as a cancel's. An alarm's acknowledgement names the alarm seen, alarm (all of them when left out).</remarks>
public sealed record ActionRequest(string? UnitId, string? Patrol, string? Outcome, string? Reason, string? Note, string? ToUnitId = null, int? Alarm = null)
{
    /// <summary>The action in the domain's words, taken by <paramref name="person"/>; null for a cancel without a known
    /// reason. Missing words stay empty for the case to refuse by name.</summary>
    public UnitAction? ToCommand(string action, UnitId unit, Person person) => action switch
    {
        "acknowledge" => new Acknowledge(unit, person),
        "dispatch" => new Dispatch(unit, person, Patrol ?? ""),
        "arrive" => new Arrive(unit, person),
        "resolve" => new Resolve(unit, person, Outcome ?? ""),
        "reassign" => new Reassign(unit, person, new UnitId(ToUnitId?.Trim(' ') ?? ""), Reason ?? ""),
        "note" => new AddNote(unit, person, Note ?? ""),
        AlarmEndpoints.Action => new AcknowledgeAlarm(unit, person, Alarm),
        _ => EnumNames<CancelReason>.TryParse(Reason ?? "", out var reason) ? new Cancel(unit, person, reason, Note ?? "") : null,
    };
}
