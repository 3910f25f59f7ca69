namespace Monitoring.Domain.Patrols;

/// <summary>Where a patrol stands: free to send, sent to a case, or at its scene.</summary>
public enum PatrolStatus
{
    Available,
    Dispatched,
    OnScene,
}

/// <summary>One patrol (a car, a motorbike team) of a unit; CaseId is the case it is on, while it is on one.</summary>
public sealed record Patrol(string Name, PatrolStatus Status, CaseId? CaseId);
