using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;

namespace Monitoring.Domain.Cases;

/// <summary>
/// Every decision about a case, as a pure function of its state, the command and the time:
/// which commands are legal in which state and by whom, what events they produce, and the deadlines those set.
/// The tree tells the level of the acting unit, for the actions that only some levels may take.
/// </summary>
public static class CaseDecider
{
    public const int MaxOfficerLength = 100;
    public const int MaxTextLength = 2000;

    /// <summary>A case at this priority or more urgent is cancelled only by an operator or by the Polres or a unit
    /// above it: a wrong cancel there leaves someone in danger without help, so a Polsek alone may not make it.</summary>
    public const Priority GuardedCancelPriority = Priority.P2;

    /// <summary>The lowest unit that may cancel a guarded case without an operator.</summary>
    public const UnitLevel GuardedCancelLevel = UnitLevel.Polres;

    public static Decision Decide(Case? current, CaseId id, CaseCommand command, DateTimeOffset now, SlaPolicy sla, JurisdictionTree tree) =>
        (current, command) switch
        {
            (null, OpenCase open) => Decision.Accept(new CaseOpened(id, now, open.Interaction, open.Priority, open.Routing,
                sla.Deadline(open.Priority, Milestone.Acknowledge, open.Since ?? now, now))),
            (not null, OpenCase open) => open.Interaction.Id == current.Interaction.Id
                ? Decision.Nothing
                : Decision.Reject(RejectionKind.Conflict, ErrorCodes.CaseOpenElsewhere, $"Case {id} is already open for another interaction."),
            (null, _) => Decision.Reject(RejectionKind.NotFound, ErrorCodes.CaseNotFound, $"There is no case {id}."),
            (_, CheckDeadline) => Escalation(current, now, sla),
            (_, MarkInteractionFiled filed) => current.Unfiled.Contains(filed.Interaction)
                ? Decision.Accept(new CaseInteractionFiled(id, now, filed.Interaction))
                : Decision.Nothing,
            (_, LinkCall link) => CaseLinks.Link(current, link, now, sla),
            (_, UnitAction action) => Act(current, action, now, sla, tree),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name),
        };

    private static Decision Act(Case c, UnitAction action, DateTimeOffset now, SlaPolicy sla, JurisdictionTree tree)
    {
        if (!c.Chain.Contains(action.By))
            return Decision.Reject(RejectionKind.Forbidden, ErrorCodes.NotOnChain,
                $"Unit {action.By} is not on the chain of case {c.Id} ({string.Join(" → ", c.Chain)}).", "unitId");
        if (Required(action.Officer?.Name, "officer", MaxOfficerLength) is { } officerProblem) return officerProblem;
        if (action is Cancel cancel && CancelForbidden(c, cancel, tree) is { } forbidden) return forbidden;
        var officer = action.Officer! with { Name = action.Officer.Name.Trim() };
        // Not a step of the work: legal whenever an alarm waits, in whatever state.
        if (action is AcknowledgeAlarm alarm) return CaseAlarms.Acknowledge(c, alarm, officer, now);
        switch (action)
        {
            case UnlinkCall unlink: return CaseLinks.Unlink(c, unlink, officer, now);
            case MergeInto merge: return CaseLinks.Merge(c, merge, officer, now);
            case JoinCalls join: return CaseLinks.Join(c, join, officer, now, sla);
        }

        var kind = CaseActions.Of(action);
        if (!CaseActions.LegalIn(c.State).Contains(kind))
            return Decision.Reject(RejectionKind.Conflict, ErrorCodes.IllegalInState,
                $"Case {c.Id} is {c.State}; {Verb(action)} is allowed only when it is {CaseActions.LegalWhen(kind)}.");

        DateTimeOffset Due(Milestone m) => sla.Deadline(c.Priority, m, c.OpenedAt, now);
        return action switch
        {
            Acknowledge => Decision.Accept(new CaseAcknowledged(c.Id, now, action.By, officer, Due(Milestone.Dispatch))),
            Dispatch d => Required(d.Patrol, "patrol", MaxOfficerLength)
                          ?? Decision.Accept(new CaseDispatched(c.Id, now, d.By, officer, d.Patrol.Trim(), Due(Milestone.OnScene))),
            Arrive => Decision.Accept(new CaseArrived(c.Id, now, action.By, officer, Due(Milestone.Resolve))),
            Resolve r => Required(r.Outcome, "outcome", MaxTextLength, multiLine: true)
                         ?? Decision.Accept(new CaseResolved(c.Id, now, r.By, officer, r.Outcome.Trim())),
            Cancel x => !Enum.IsDefined(x.Reason) ? Decision.Reject(RejectionKind.Invalid, ErrorCodes.UnknownValue, "Unknown cancel reason.", "reason")
                : Required(x.Note, "note", MaxTextLength, multiLine: true)
                  ?? Decision.Accept(new CaseCancelled(c.Id, now, x.By, officer, x.Reason, x.Note.Trim())),
            Reassign r => Handover(c, r, officer, now, sla, tree),
            AddNote n => Required(n.Text, "note", MaxTextLength, multiLine: true)
                         ?? Decision.Accept(new CaseNoted(c.Id, now, n.By, officer, n.Text.Trim())),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action.GetType().Name),
        };
    }

    /// <summary>
    /// The actions this person, acting as this unit, may take on the case now: those the decider would not refuse for the
    /// unit, the person or the state (the words an action carries are still checked when it is taken).
    /// </summary>
    public static IReadOnlyList<CaseAction> Allowed(Case c, UnitId by, Person officer, JurisdictionTree tree) =>
        !c.Chain.Contains(by) ? []
        : CaseActions.LegalIn(c.State)
            .Where(a => a != CaseAction.Cancel || CancelForbidden(c, new Cancel(by, officer, CancelReason.Prank, ""), tree) is null)
            .Where(a => a != CaseAction.Reassign || CaseHandover.HasTargets(c, by, tree))
            .ToList();

    /// <summary>The new unit gets the stage the case waits for as if it had just entered it (never less than the stage's own
    /// length), so a case handed on after a missed deadline does not escalate past the new unit the moment it arrives.</summary>
    private static Decision Handover(Case c, Reassign r, Person officer, DateTimeOffset now, SlaPolicy sla, JurisdictionTree tree)
    {
        if (CaseHandover.Problem(c, r.By, r.To, tree) is { } problem) return new Decision([], problem);
        return Required(r.Reason, "reason", MaxTextLength, multiLine: true)
               ?? Decision.Accept(new CaseReassigned(c.Id, now, r.By, officer, c.AssignedUnit, CaseHandover.RoutingTo(r.To, tree),
                   r.Reason.Trim(), sla.Deadline(c.Priority, c.Awaiting!.Value, c.OpenedAt, now)));
    }

    /// <summary>Why this person and unit may not cancel this case, or null when they may.</summary>
    private static Decision? CancelForbidden(Case c, Cancel cancel, JurisdictionTree tree)
    {
        if (c.Priority > GuardedCancelPriority || cancel.Officer.IsOperator) return null;
        // A unit the tree no longer knows has no level, so it cannot show the one a guarded cancel needs.
        var level = tree.Find(cancel.By)?.Level;
        if (level <= GuardedCancelLevel) return null;
        return Decision.Reject(RejectionKind.Forbidden, ErrorCodes.GuardedCancel,
            $"A {c.Priority} case is cancelled only by an operator or the Polres or a unit above it; "
            + (level is { } l ? $"{cancel.By} is a {l}." : $"{cancel.By} is not in the unit tree."), "unitId");
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

    internal static Decision? Required(string? text, string field, int max, bool multiLine = false) =>
        string.IsNullOrWhiteSpace(text) ? Decision.Reject(RejectionKind.Invalid, ErrorCodes.Required, $"The {field} is required.", field)
        : text.Length > max ? Decision.Reject(RejectionKind.Invalid, ErrorCodes.TooLong, $"The {field} may be at most {max} characters.", field)
        : TextRules.Problem(field, text, multiLine) is { } problem ? Decision.Reject(RejectionKind.Invalid, ErrorCodes.TextCharacters, problem, field)
        : null;

    private static string Verb(UnitAction action) => CaseActions.Of(action).ToString().ToLowerInvariant();
}
