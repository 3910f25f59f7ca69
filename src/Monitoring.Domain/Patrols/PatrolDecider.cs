using Monitoring.Domain.Cases;

namespace Monitoring.Domain.Patrols;

/// <summary>
/// Every decision about a unit's patrol board, as a pure function of the board, the command and the time. The unit's
/// officers add and remove patrols and free one early; the cases a patrol is dispatched to move it along (dispatched, on
/// scene, free again when the case ends).
/// </summary>
public static class PatrolDecider
{
    public const int MaxNameLength = 40;

    /// <summary>More than any unit runs; a bound on what one board holds and a console lists.</summary>
    public const int MaxPatrols = 60;

    public static PatrolDecision Decide(PatrolBoard board, PatrolCommand command, DateTimeOffset now)
    {
        var unit = board.UnitId;
        var patrol = board.Find(command.Name ?? "");
        return command switch
        {
            AddPatrol add => NameProblem(add.Name)
                ?? (patrol is not null ? PatrolDecision.Reject(RejectionKind.Conflict, ErrorCodes.PatrolExists, $"{unit} already has a patrol {patrol.Name}.", "name")
                : board.Patrols.Count >= MaxPatrols ? PatrolDecision.Reject(RejectionKind.Invalid, ErrorCodes.TooMany, $"A unit has at most {MaxPatrols} patrols.", "name")
                : PatrolDecision.Accept(new PatrolAdded(unit, now, add.Name.Trim(), add.By))),
            RemovePatrol remove => patrol is null ? Unknown(board, command.Name)
                : patrol.Status != PatrolStatus.Available ? Busy(patrol, "release it first")
                : PatrolDecision.Accept(new PatrolRemoved(unit, now, patrol.Name, remove.By)),
            ReleasePatrol release => patrol is null ? Unknown(board, command.Name)
                : patrol.Status == PatrolStatus.Available ? PatrolDecision.Nothing
                : PatrolDecision.Accept(new PatrolReleased(unit, now, patrol.Name, patrol.CaseId, release.By)),
            FollowCase follow => patrol is null ? PatrolDecision.Nothing : Follow(board, patrol, follow, now),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name),
        };
    }

    /// <summary>
    /// Why this patrol may not be dispatched now, or null when it may. A unit that keeps no patrols on its board yet names its
    /// patrol in free text, as every unit did before the board; one that keeps them picks a free one.
    /// </summary>
    public static Rejection? DispatchProblem(PatrolBoard board, string patrolName)
    {
        if (board.Patrols.IsEmpty) return null;
        var patrol = board.Find(patrolName ?? "");
        return patrol is null ? Unknown(board, patrolName).Rejection! with { Kind = RejectionKind.Invalid }
            : patrol.Status != PatrolStatus.Available ? Busy(patrol, "choose a free one").Rejection
            : null;
    }

    /// <summary>A case only moves the patrol it holds: once an officer freed it, the case's later steps leave it free.</summary>
    private static PatrolDecision Follow(PatrolBoard board, Patrol patrol, FollowCase follow, DateTimeOffset now)
    {
        var onThisCase = patrol.CaseId == follow.CaseId;
        return follow.Status switch
        {
            PatrolStatus.Dispatched when !onThisCase => PatrolDecision.Accept(new PatrolDispatched(board.UnitId, now, patrol.Name, follow.CaseId)),
            PatrolStatus.OnScene when onThisCase && patrol.Status != PatrolStatus.OnScene =>
                PatrolDecision.Accept(new PatrolArrived(board.UnitId, now, patrol.Name, follow.CaseId)),
            PatrolStatus.Available when onThisCase => PatrolDecision.Accept(new PatrolReleased(board.UnitId, now, patrol.Name, follow.CaseId, null)),
            _ => PatrolDecision.Nothing,
        };
    }

    private static PatrolDecision? NameProblem(string? name) =>
        string.IsNullOrWhiteSpace(name) ? PatrolDecision.Reject(RejectionKind.Invalid, ErrorCodes.Required, "The name is required.", "name")
        : name.Trim().Length > MaxNameLength ? PatrolDecision.Reject(RejectionKind.Invalid, ErrorCodes.TooLong, $"The name may be at most {MaxNameLength} characters.", "name")
        : TextRules.Problem("name", name) is { } problem ? PatrolDecision.Reject(RejectionKind.Invalid, ErrorCodes.TextCharacters, problem, "name")
        : null;

    private static PatrolDecision Unknown(PatrolBoard board, string? name) => PatrolDecision.Reject(RejectionKind.NotFound, ErrorCodes.PatrolNotFound,
        $"{board.UnitId} has no patrol {TextRules.ForLog(name, MaxNameLength)}; its patrols: {string.Join(", ", board.Patrols.Select(p => p.Name))}.", "patrol");

    private static PatrolDecision Busy(Patrol patrol, string then) => PatrolDecision.Reject(RejectionKind.Conflict, ErrorCodes.PatrolBusy,
        $"Patrol {patrol.Name} is {(patrol.Status == PatrolStatus.OnScene ? "on scene" : "dispatched")} on case {patrol.CaseId}; {then}.", "patrol");
}
