namespace Monitoring.Domain.Cases;

/// <summary>Where a case stands. Escalation level is an attribute of the case, not a state.</summary>
public enum CaseState
{
    Open,
    Acknowledged,
    Dispatched,
    OnScene,
    Resolved,
    Cancelled,
    /// <summary>Closed because its calls joined another case about the same incident.</summary>
    Merged,
}

/// <summary>The milestone a state waits for, each with its own SLA deadline.</summary>
public enum Milestone
{
    Acknowledge,
    Dispatch,
    OnScene,
    Resolve,
}

/// <summary>Why a case was closed without field work.</summary>
public enum CancelReason
{
    Prank,
    Duplicate,
    Withdrawn,
}

public static class CaseStateRules
{
    public static bool IsFinal(this CaseState state) => state is CaseState.Resolved or CaseState.Cancelled or CaseState.Merged;

    /// <summary>The milestone a non-final state is waiting for; null once final.</summary>
    public static Milestone? Awaiting(this CaseState state) => state switch
    {
        CaseState.Open => Milestone.Acknowledge,
        CaseState.Acknowledged => Milestone.Dispatch,
        CaseState.Dispatched => Milestone.OnScene,
        CaseState.OnScene => Milestone.Resolve,
        _ => null,
    };
}
