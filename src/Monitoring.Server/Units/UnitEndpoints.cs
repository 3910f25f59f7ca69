using System.Security.Claims;
using Akka.Actor;
using Akka.Hosting;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Server.Auth;
using Monitoring.Server.Cases;
using Monitoring.Server.Http;

namespace Monitoring.Server.Units;

/// <summary>The jurisdiction tree with live counts for anyone signed in; one unit's queue for those whose grant holds it.</summary>
public static class UnitEndpoints
{
    public static IEndpointRouteBuilder MapUnits(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/api/units").WithTags("Units");
        units.MapGet("/", ListAsync)
            .WithSummary("Every unit of the tree, top first, with its open cases counted by state.")
            .RequireAuthorization(Policies.SignedIn)
            .Produces<IReadOnlyList<UnitView>>();
        units.MapGet("/{unitId}", GetAsync)
            .WithSummary("One unit with its live queue: cases assigned or escalated to it.")
            .RequireAuthorization(Policies.ReadCases)
            .Produces<UnitQueueView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static Task<UnitQueue> QueueAsync(ActorRegistry actors, UnitId unit) =>
        actors.Get<UnitRegion>().Ask<UnitQueue>(new GetUnitQueue(unit), ActorAsk.Timeout);

    private static async Task<IResult> ListAsync(ActorRegistry actors, JurisdictionTree tree)
    {
        var all = tree.Units.ToList();
        var queues = await Task.WhenAll(all.Select(u => QueueAsync(actors, u.Id)));
        return TypedResults.Ok(all.Zip(queues, (u, q) => UnitView.Of(u, q.Counts)).ToList());
    }

    private static Task<IResult> GetAsync(string unitId, ActorRegistry actors, JurisdictionTree tree, ClaimsPrincipal user) =>
        WithUnitAsync(unitId, user, tree, unit => QueueViewAsync(unit, actors, user));

    /// <summary>A unit the tree does not know, or one outside the grant, is answered before its actor is asked.</summary>
    internal static async Task<IResult> WithUnitAsync(string unitId, ClaimsPrincipal user, JurisdictionTree tree, Func<Unit, Task<IResult>> then)
    {
        if (tree.Find(new UnitId(unitId)) is not { } unit) return Problems.NotFound(ErrorCodes.UnitNotFound, $"There is no unit {Monitoring.Domain.TextRules.ForLog(unitId)}.");
        if (!GrantScope.Of(user, tree).Holds(unit.Id, tree)) return Problems.OutsideGrant($"Unit {unit.Id}");
        return await then(unit);
    }

    private static async Task<IResult> QueueViewAsync(Unit unit, ActorRegistry actors, ClaimsPrincipal user)
    {
        var queue = await QueueAsync(actors, unit.Id);
        var cases = queue.Cases.ShownTo(user).Select(c => new QueuedCase(c.AssignedUnitId == unit.Id ? "assigned" : "escalated", c)).ToList();
        return TypedResults.Ok(new UnitQueueView(UnitView.Of(unit, queue.Counts), cases));
    }
}
