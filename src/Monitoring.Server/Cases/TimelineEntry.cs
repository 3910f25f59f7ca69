using Monitoring.Domain;
using Monitoring.Domain.Cases;

namespace Monitoring.Server.Cases;

/// <summary>
/// One event of a case: when, what, which unit, who acted, and what it set. Officer is the display name of whoever
/// acted (the call-taker's agent id for the opening); the officer fields after it say who that person is, for an
/// action taken since the sign-in (an older action knows only the name). Note is the canceller's written reason, or a
/// note's text. A handover names the unit it came from and the one it went to; its detail is the reason. Reason (a cancel's),
/// Missed and Alarm (an escalation's) are the detail's parts as names, for a page to say them in its language; Detail stays
/// for the tools that read it. A linked call names its interaction (its summary is the detail), whether the center linked
/// it by itself, and the callers since; an unlink the call and the case it became; a merge the other case.
/// </summary>
public sealed record TimelineEntry(
    DateTimeOffset At,
    string Type,
    UnitId? UnitId,
    string? Officer,
    string? Detail,
    UnitId? FromUnitId = null,
    int? EscalationLevel = null,
    DateTimeOffset? Deadline = null,
    string? OfficerUserId = null,
    string? OfficerNrp = null,
    string? OfficerRole = null,
    string? Note = null,
    UnitId? ToUnitId = null,
    string? Reason = null,
    string? Missed = null,
    int? Alarm = null,
    InteractionId? InteractionId = null,
    CaseId? OtherCaseId = null,
    bool? Automatic = null,
    int? Callers = null)
{
    public static TimelineEntry Of(CaseEvent e) => e switch
    {
        CaseOpened o => new(o.At, o.NameOf(), o.Routing.UnitId, o.Interaction.AgentId, o.Interaction.Summary, Deadline: o.Deadline),
        CaseAcknowledged a => Acted(a, null, a.Deadline),
        CaseDispatched d => Acted(d, d.Patrol, d.Deadline),
        CaseArrived a => Acted(a, null, a.Deadline),
        CaseResolved r => Acted(r, r.Outcome),
        CaseCancelled c => Acted(c, DomainJson.Name(c.Reason)) with { Note = c.Note, Reason = DomainJson.Name(c.Reason) },
        CaseReassigned r => Acted(r, r.Reason, r.Deadline) with { FromUnitId = r.From, ToUnitId = r.Routing.UnitId },
        CaseNoted n => Acted(n, null) with { Note = n.Text },
        CaseAlarmAcknowledged k => Acted(k, $"alarms up to {k.Alarm} acknowledged") with { Alarm = k.Alarm },
        CaseEscalated x => new(x.At, x.NameOf(), x.To, null, $"{DomainJson.Name(x.Missed)} deadline missed; alarm {x.Alarm}",
            x.From, x.Level, x.Deadline) { Missed = DomainJson.Name(x.Missed), Alarm = x.Alarm },
        CaseLinked l => new(l.At, l.NameOf(), null, l.Interaction.AgentId, l.Interaction.Summary, Deadline: l.Deadline)
            { InteractionId = l.Interaction.Id, Automatic = l.Automatic, Callers = l.Callers },
        CaseUnlinked u => Acted(u, null) with { InteractionId = u.Interaction, OtherCaseId = u.SplitTo, Callers = u.Callers },
        CaseMerged m => Acted(m, m.Reason) with { OtherCaseId = m.Into, Note = m.Reason },
        CaseJoined j => Acted(j, $"{j.Calls.Count} calls of {j.From}", j.Deadline) with { OtherCaseId = j.From, Callers = j.Callers },
        _ => new(e.At, e.NameOf(), null, null, null),
    };

    private static TimelineEntry Acted(CaseActed e, string? detail, DateTimeOffset? deadline = null) =>
        new(e.At, e.NameOf(), e.By, e.Officer.Name, detail, Deadline: deadline,
            OfficerUserId: e.Officer.UserId, OfficerNrp: e.Officer.Nrp, OfficerRole: e.Officer.Role);
}
