using Akka.Hosting;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;
using Monitoring.Server.Cases;
using Monitoring.Server.Http;

namespace Monitoring.Server.Linking;

/// <summary>
/// The two steps an unlink and a merge each take across two cases, in the order that keeps every call in an open case:
/// an unlink first records which case the call becomes (so a retry finds the same one), then opens it; a merge first has
/// the surviving case take the calls, then closes the other. Each step is idempotent, so a retry after a failure between
/// them completes the work.
/// </summary>
public sealed class CaseLinker(ActorRegistry actors, CaseService cases, CoverageMap coverage, TimeProvider clock)
{
    /// <summary>The case the call became (new, or the one an earlier attempt opened), or why it stayed.</summary>
    public async Task<CaseOutcome> UnlinkAsync(CaseId caseId, UnitId by, Person officer, InteractionId call)
    {
        var unlinked = await cases.SendAsync(caseId, new UnlinkCall(by, officer, call, CaseId.New(clock.GetUtcNow())));
        if (unlinked.Rejection is not null) return unlinked;
        var split = CaseLinks.Split(unlinked.Case!, call, coverage.Resolve, out var splitTo);
        return await cases.SendAsync(splitTo, split);
    }

    /// <summary>The case that took the calls, or why neither moved.</summary>
    public async Task<CaseOutcome> MergeAsync(CaseId caseId, CaseId into, UnitId by, Person officer, string reason)
    {
        var source = await actors.Get<CaseRegion>().AskFor<CaseReply>(new GetCase(caseId), ActorAsk.Timeout);
        if (source.Case is not { } merged) return new CaseOutcome(null, source.Rejection);
        if (CaseLinks.MergeRefusal(merged) is { } closed) return new CaseOutcome(merged, closed);
        var joined = await cases.SendAsync(into, new JoinCalls(by, officer, caseId, merged.Calls, merged.Priority, reason));
        if (joined.Rejection is { } refused) return new CaseOutcome(joined.Case, refused with { Field = refused.Field ?? "intoCaseId" });
        var done = await cases.SendAsync(caseId, new MergeInto(by, officer, into, reason));
        return done.Rejection is null ? joined : done;
    }
}
