namespace Monitoring.Server.Cases;

/// <summary>The body of a unit's action on a case; which fields matter depends on the action.</summary>
public sealed record ActionRequest(string? UnitId, string? Officer, string? Patrol, string? Outcome, string? Reason);
