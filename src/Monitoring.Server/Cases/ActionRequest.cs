using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Interactions;

namespace Monitoring.Server.Cases;

/// <summary>The body of a unit's action on a case; which fields matter depends on the action.</summary>
public sealed record ActionRequest(string? UnitId, string? Officer, string? Patrol, string? Outcome, string? Reason)
{
    /// <summary>The action in the domain's words; null for a cancel without a known reason. Missing words stay empty for
    /// the case to refuse by name.</summary>
    public UnitAction? ToCommand(string action, UnitId unit)
    {
        var officer = Officer ?? "";
        return action switch
        {
            "acknowledge" => new Acknowledge(unit, officer),
            "dispatch" => new Dispatch(unit, officer, Patrol ?? ""),
            "arrive" => new Arrive(unit, officer),
            "resolve" => new Resolve(unit, officer, Outcome ?? ""),
            _ => EnumNames<CancelReason>.TryParse(Reason ?? "", out var reason) ? new Cancel(unit, officer, reason) : null,
        };
    }
}
