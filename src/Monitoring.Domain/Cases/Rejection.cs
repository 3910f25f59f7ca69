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

/// <summary>Why a command was refused; nothing was changed. Code is one of <see cref="ErrorCodes"/>: the refusal's own, or
/// for an invalid field what is wrong with it. Field names the offending input, when there is one.</summary>
public sealed record Rejection(RejectionKind Kind, string Code, string Reason, string? Field = null);
