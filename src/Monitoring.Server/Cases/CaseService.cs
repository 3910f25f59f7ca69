using Akka.Hosting;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Server.Http;

namespace Monitoring.Server.Cases;

/// <summary>The Server's one way to a case's actor, for opening a case and for a unit's action on it.</summary>
public sealed class CaseService(ActorRegistry actors)
{
    public async Task<CaseOutcome> SendAsync(CaseId caseId, CaseCommand command)
    {
        var reply = await actors.Get<CaseRegion>().AskFor<CaseReply>(new CaseRequest(caseId, command), ActorAsk.Timeout);
        return new CaseOutcome(reply.Case, reply.Rejection);
    }
}
