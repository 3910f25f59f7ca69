using System.Security.Claims;
using Akka.Actor;
using Akka.Hosting;
using Monitoring.Actors.Protocol;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Server.Auth;
using Monitoring.Server.Cases;
using Monitoring.Server.Http;

namespace Monitoring.Server.Telephony;

/// <summary>The calls ringing or being talked now, for the wall's queue and the call takers, within the reader's grant.</summary>
public static class CallsEndpoint
{
    public static IEndpointRouteBuilder MapLiveCalls(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/telephony").WithTags("Telephony").MapGet("/calls", ListAsync)
            .WithSummary("The calls ringing or answered now whose answering chain lies within the caller's grant, the longest waiting first.")
            .RequireAuthorization(Policies.WatchCalls)
            .Produces<IReadOnlyList<CallView>>();
        return app;
    }

    private static async Task<IResult> ListAsync(ActorRegistry actors, JurisdictionTree tree, ClaimsPrincipal user)
    {
        var live = await actors.Get<CallBoardKey>().Ask<LiveCalls>(new GetLiveCalls(), ActorAsk.Timeout);
        var scope = GrantScope.Of(user, tree);
        var full = user.SeesCallerNumbers();
        return TypedResults.Ok(live.Calls.Where(c => scope.Sees(c.Chain)).Select(c => CallView.Of(c, full, tree)).ToList());
    }
}
