using Monitoring.Domain.Interactions;

namespace Monitoring.Domain.Cases;

/// <summary>
/// Every decision about a case, as a pure function of its state, the command and the time:
/// which commands are legal in which state and by whom, what events they produce, and the deadlines those set.
/// </summary>
public static class CaseDecider
{
    public const int MaxOfficerLength = 100;
    public const int MaxTextLength = 2000;

    public static Decision Decide(Case? current, CaseId id, CaseCommand command, DateTimeOffset now, SlaPolicy sla) =>
        (current, command) switch
        {
            (null, OpenCase open) => Decision.Accept(new CaseOpened(id, now, open.Interaction, open.Priority, open.Routing,
                sla.Deadline(open.Priority, Milestone.Acknowledge, now, now))),
            (not null, OpenCase open) => open.Interaction.Id == current.Interaction.Id
                ? Decision.Nothing
                : Decision.Reject(RejectionKind.Conflict, $"Case {id} is already open for another interaction."),
            (null, _) => Decision.Reject(RejectionKind.NotFound, $"There is no case {id}."),
            (_, CheckDeadline) => Escalation(current, now, sla),
            (_, MarkInteractionFiled) => current.InteractionFiled ? Decision.Nothing : Decision.Accept(new CaseInteractionFiled(id, now)),
            (_, UnitAction action) => Act(current, action, now, sla),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name),
        };

    private static Decision Act(Case c, UnitAction action, DateTimeOffset now, SlaPolicy sla)
    {
        if (!c.Chain.Contains(action.By))
            return Decision.Reject(RejectionKind.Forbidden,
                $"Unit {action.By} is not on the chain of case {c.Id} ({string.Join(" → ", c.Chain)}).", "unitId");
        if (Required(action.Officer, "officer", MaxOfficerLength) is { } officerProblem) return officerProblem;

        var from = action switch
        {
            Acknowledge => CaseState.Open,
            Dispatch => CaseState.Acknowledged,
            Arrive => CaseState.Dispatched,
            Resolve => CaseState.OnScene,
            Cancel => c.State,
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.GetType().Name),
        };
        if (c.IsFinal || c.State != from)
            return Decision.Reject(RejectionKind.Conflict,
                $"Case {c.Id} is {c.State}; {Verb(action)} is allowed only when it is {(action is Cancel ? "not yet resolved or cancelled" : from)}.");

        DateTimeOffset Due(Milestone m) => sla.Deadline(c.Priority, m, c.OpenedAt, now);
        var officer = action.Officer.Trim();
        return action switch
        {
            Acknowledge => Decision.Accept(new CaseAcknowledged(c.Id, now, action.By, officer, Due(Milestone.Dispatch))),
            Dispatch d => Required(d.Patrol, "patrol", MaxOfficerLength)
                          ?? Decision.Accept(new CaseDispatched(c.Id, now, d.By, officer, d.Patrol.Trim(), Due(Milestone.OnScene))),
            Arrive => Decision.Accept(new CaseArrived(c.Id, now, action.By, officer, Due(Milestone.Resolve))),
            Resolve r => Required(r.Outcome, "outcome", MaxTextLength, multiLine: true)
                         ?? Decision.Accept(new CaseResolved(c.Id, now, r.By, officer, r.Outcome.Trim())),
            Cancel x => Enum.IsDefined(x.Reason)
                ? Decision.Accept(new CaseCancelled(c.Id, now, x.By, officer, x.Reason))
                : Decision.Reject(RejectionKind.Invalid, "Unknown cancel reason.", "reason"),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.GetType().Name),
        };
    }

    /// <summary>
    /// A passed deadline moves responsibility to the parent of the responsible unit with a fresh deadline of the
    /// stage's own length; at the top of the chain the alarm repeats at that interval.
    /// </summary>
    private static Decision Escalation(Case c, DateTimeOffset now, SlaPolicy sla)
    {
        if (c.Awaiting is not { } missed || c.Deadline is not { } deadline || deadline > now) return Decision.Nothing;
        var level = Math.Min(c.Level + 1, c.Chain.Count - 1);
        return Decision.Accept(new CaseEscalated(c.Id, now, missed, c.ResponsibleUnit, c.Chain[level], level, c.Alarms + 1,
            now + sla.For(c.Priority).StageLength(missed)));
    }

    private static Decision? Required(string? text, string field, int max, bool multiLine = false) =>
        string.IsNullOrWhiteSpace(text) ? Decision.Reject(RejectionKind.Invalid, $"The {field} is required.", field)
        : text.Length > max ? Decision.Reject(RejectionKind.Invalid, $"The {field} may be at most {max} characters.", field)
        : TextRules.Problem(field, text, multiLine) is { } problem ? Decision.Reject(RejectionKind.Invalid, problem, field)
        : null;

    private static string Verb(UnitAction action) => action switch
    {
        Acknowledge => "acknowledge",
        Dispatch => "dispatch",
        Arrive => "arrive",
        Resolve => "resolve",
        _ => "cancel",
    };
}
