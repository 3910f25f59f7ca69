using System.Security.Claims;
using Akka.Actor;
using Akka.Hosting;
using Monitoring.Actors.Protocol;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Server.Auth;
using Monitoring.Server.Http;

namespace Monitoring.Server.Alerts;

/// <summary>The surge alerts standing now, for those who watch the wall, within their grant.</summary>
public static class AlertEndpoints
{
    public static IEndpointRouteBuilder MapAlerts(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/alerts").WithTags("Alerts").MapGet("/", ListAsync)
            .WithSummary("The active surge alerts whose unit lies within the caller's grant, oldest first.")
            .RequireAuthorization(Policies.WatchWall)
            .Produces<IReadOnlyList<AlertView>>();
        return app;
    }

    private static async Task<IResult> ListAsync(ActorRegistry actors, JurisdictionTree tree, ClaimsPrincipal user)
    {
        var active = await actors.Get<AlertBoardKey>().Ask<ActiveAlerts>(new GetActiveAlerts(), ActorAsk.Timeout);
        var scope = GrantScope.Of(user, tree);
        return TypedResults.Ok(active.Alerts.Where(a => scope.Sees(a.UnitChain)).Select(a => AlertView.Of(a, true, tree)).ToList());
    }
}
