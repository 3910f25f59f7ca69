namespace Monitoring.Domain.Cases;

public enum RejectionKind
{
    /// <summary>No such case.</summary>
    NotFound,
    /// <summary>The unit is not on the case's chain, or this unit and person may not take the action (a guarded cancel).</summary>
    Forbidden,
    /// <summary>The action is illegal in the case's current state.</summary>
    Conflict,
    /// <summary>The command itself is malformed (a missing officer, patrol, outcome or note).</summary>
    Invalid,
}

/// <summary>Why a command was refused; nothing was changed. Field names the offending input, when there is one.</summary>
public sealed record Rejection(RejectionKind Kind, string Reason, string? Field = null);
