using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Linking;

namespace Monitoring.Domain.Cases;

/// <summary>
/// Several calls about one incident as one case, as NENA EIDO's link and merge components have it: a call links to an open
/// case of a compatible category (or of its own caller), an operator takes a linked call out again or merges two cases.
/// A call that joins a case raises its priority when it asks for more, and the stage the case waits for is then due as
/// that priority has it, if that is sooner.
/// </summary>
public static class CaseLinks
{
    public const int MaxReasonLength = 500;

    public static Decision Link(Case c, LinkCall link, DateTimeOffset now, SlaPolicy sla)
    {
        var call = link.Interaction;
        if (c.Calls.Exists(i => i.Id == call.Id)) return Decision.Nothing;
        if (c.IsFinal) return Closed(c, "linkToCaseId");
        if (call.Category is not { } category)
            return Decision.Reject(RejectionKind.Invalid, ErrorCodes.Required, "Only a report or complaint with a category can join a case.", "category");
        if (!SameIncident.Compatible(category, c.Interaction.Category!.Value) && !c.Calls.Exists(i => i.Caller == call.Caller))
            return Decision.Reject(RejectionKind.Conflict, ErrorCodes.NotSameIncident,
                $"A {DomainJson.Name(category)} call cannot be the same incident as {c.Id}, a {DomainJson.Name(c.Interaction.Category!.Value)} case.", "linkToCaseId");
        var (priority, deadline) = Raised(c, link.Priority, now, sla);
        return Decision.Accept(new CaseLinked(c.Id, now, call, priority, CallersWith(c, [call]), link.Automatic, deadline));
    }

    public static Decision Unlink(Case c, UnlinkCall unlink, Person officer, DateTimeOffset now)
    {
        if (OperatorOnly(unlink) is { } forbidden) return forbidden;
        if (c.Timeline.OfType<CaseUnlinked>().Any(u => u.Interaction == unlink.Interaction)) return Decision.Nothing;
        if (unlink.Interaction == c.Interaction.Id)
            return Decision.Reject(RejectionKind.Conflict, ErrorCodes.NotLinked,
                $"{unlink.Interaction} opened case {c.Id}: it cannot be taken out of it; merge the case instead.", "interactionId");
        if (!c.Calls.Exists(i => i.Id == unlink.Interaction))
            return Decision.Reject(RejectionKind.Conflict, ErrorCodes.NotLinked, $"{unlink.Interaction} is not a call of case {c.Id}.", "interactionId");
        if (c.IsFinal) return Closed(c, "interactionId");
        var left = c.Calls.Where(i => i.Id != unlink.Interaction);
        return Decision.Accept(new CaseUnlinked(c.Id, now, unlink.By, officer, unlink.Interaction, unlink.SplitTo, Callers(left)));
    }

    /// <summary>The case that takes the calls is asked first (<see cref="Join"/>), so a refusal there leaves both cases as they were.</summary>
    public static Decision Merge(Case c, MergeInto merge, Person officer, DateTimeOffset now)
    {
        if (OperatorOnly(merge) is { } forbidden) return forbidden;
        if (c.MergedInto == merge.Into) return Decision.Nothing;
        if (merge.Into == c.Id)
            return Decision.Reject(RejectionKind.Invalid, ErrorCodes.OutOfRange, "A case cannot be merged into itself.", "intoCaseId");
        if (c.IsFinal) return Closed(c, "caseId");
        return CaseDecider.Required(merge.Reason, "reason", MaxReasonLength, multiLine: true) ?? Decision.Accept(new CaseMerged(c.Id, now, merge.By, officer, merge.Into, merge.Reason.Trim()));
    }

    public static Decision Join(Case c, JoinCalls join, Person officer, DateTimeOffset now, SlaPolicy sla)
    {
        if (OperatorOnly(join) is { } forbidden) return forbidden;
        if (c.Timeline.OfType<CaseJoined>().Any(j => j.From == join.From)) return Decision.Nothing;
        if (join.From == c.Id)
            return Decision.Reject(RejectionKind.Invalid, ErrorCodes.OutOfRange, "A case cannot be merged into itself.", "intoCaseId");
        if (c.IsFinal) return Closed(c, "intoCaseId");
        if (CaseDecider.Required(join.Reason, "reason", MaxReasonLength, multiLine: true) is { } noReason) return noReason;
        var calls = join.Calls.Where(i => !c.Calls.Exists(held => held.Id == i.Id)).ToList();
        var (priority, deadline) = Raised(c, join.Priority, now, sla);
        return Decision.Accept(new CaseJoined(c.Id, now, join.By, officer, join.From, calls, priority, CallersWith(c, calls), deadline));
    }

    /// <summary>The call an unlink took out of the case, the case it becomes and its priority there (its category's). Its
    /// deadlines count from when it was recorded, as they would have had it opened a case of its own then.</summary>
    public static OpenCase Split(Case c, InteractionId call, Func<GeoPoint, Routing> route, out CaseId splitTo)
    {
        splitTo = c.Timeline.OfType<CaseUnlinked>().Last(u => u.Interaction == call).SplitTo;
        var joined = c.Timeline.SelectMany(e => e switch { CaseLinked l => [l.Interaction], CaseJoined j => j.Calls, _ => [] }).First(i => i.Id == call);
        return new OpenCase(joined, joined.Category!.Value.DefaultPriority(), route(joined.Location!.Point), joined.RecordedAt);
    }

    /// <summary>Why a case may not be merged now, asked before the other case takes its calls; null when it may (a case
    /// merged already may be asked again, so a retry completes).</summary>
    public static Rejection? MergeRefusal(Case c) => c.MergedInto is null && c.IsFinal ? Closed(c, "caseId").Rejection : null;

    /// <summary>Callers are numbers, not calls: one person ringing three times about the fire is one caller.</summary>
    public static int Callers(IEnumerable<Interaction> calls) => calls.Select(i => i.Caller).Distinct().Count();

    private static int CallersWith(Case c, IEnumerable<Interaction> calls) => Callers(c.Calls.Concat(calls));

    private static (Priority Priority, DateTimeOffset? Deadline) Raised(Case c, Priority asked, DateTimeOffset now, SlaPolicy sla)
    {
        // P1 sorts before P2: a smaller priority is the more urgent one.
        if (asked >= c.Priority) return (c.Priority, null);
        if (c.Awaiting is not { } stage) return (asked, null);
        var due = sla.Deadline(asked, stage, c.OpenedAt, now);
        return (asked, c.Deadline is { } held && held <= due ? null : due);
    }

    private static Decision? OperatorOnly(UnitAction action) => action.Officer.IsOperator ? null
        : Decision.Reject(RejectionKind.Forbidden, ErrorCodes.OperatorOnly, "Only an operator of the operations room links, unlinks and merges cases.");

    public static Decision Closed(Case c, string field) =>
        Decision.Reject(RejectionKind.Conflict, ErrorCodes.IllegalInState, $"Case {c.Id} is {c.State}: calls join and leave only an open case.", field);
}
