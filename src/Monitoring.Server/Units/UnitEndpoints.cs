using System.Security.Claims;
using Akka.Actor;
using Akka.Hosting;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Server.Auth;
using Monitoring.Server.Cases;
using Monitoring.Server.Http;

namespace Monitoring.Server.Units;

/// <summary>The jurisdiction tree for anyone signed in, with live counts of the units their grant holds; one unit's queue for
/// those whose grant holds it.</summary>
public static class UnitEndpoints
{
    public static IEndpointRouteBuilder MapUnits(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/api/units").WithTags("Units");
        units.MapGet("/", ListAsync)
            .WithSummary("Every unit of the tree, top first, with its Polda and, for the units the grant holds, its open cases counted by "
                + "state (below the Polda only when one Polda is asked for or served); ?polda= only Mabes and that Polda's subtree; "
                + "?counts=false names and tree only, asking no unit (the same for everyone, cached).")
            .RequireAuthorization(Policies.SignedIn)
            // Only the answer without counts is the same for everyone and every moment.
            .CacheOutput(new SameForEveryoneCache(WithoutCounts, "polda", "counts"))
            .Produces<IReadOnlyList<UnitView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
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

    /// <summary>Nationally the tree is 7,836 units: counting asks each one's actor, starting every one of them (at once, that
    /// stalled a center for 30 s). So a unit is counted only within the reader's grant, and below the Polda only when one
    /// Polda is asked for or served; the others come with their names and no counts.</summary>
    private static async Task<IResult> ListAsync(string? polda, string? counts, ActorRegistry actors, JurisdictionTree tree, ClaimsPrincipal user)
    {
        var errors = new List<FieldError>();
        var counted = QueryFields.Flag(counts, "counts", errors) ?? true;
        if (errors.Count > 0) return Problems.Fields(errors);
        UnitId? within = null;
        if (!string.IsNullOrEmpty(polda))
        {
            if (tree.Find(new UnitId(polda)) is not { Level: UnitLevel.Polda } found)
                return Problems.Status(StatusCodes.Status404NotFound, ErrorCodes.UnitNotFound,
                    $"This center serves no Polda {TextRules.ForLog(polda)}.", new Dictionary<string, object?> { ["field"] = "polda" });
            within = found.Id;
        }
        var shown = tree.Units.Where(u => within is not { } p || u.ParentId is null || tree.IsWithin(u.Id, p)).ToList();
        if (!counted) return TypedResults.Ok(shown.Select(u => UnitView.Of(u, tree, null)).ToList());
        var scope = GrantScope.Of(user, tree);
        bool Counted(Unit u) => scope.Holds(u.Id, tree) && (within is not null || tree.Poldas.Count == 1 || u.Level <= UnitLevel.Polda);
        var queues = await Task.WhenAll(shown.Select(async u => Counted(u) ? await QueueAsync(actors, u.Id) : null));
        return TypedResults.Ok(shown.Zip(queues, (u, q) => UnitView.Of(u, tree, q?.Counts)).ToList());
    }

    private static bool WithoutCounts(HttpRequest request) => bool.TryParse(request.Query["counts"], out var counts) && !counts;

    private static Task<IResult> GetAsync(string unitId, ActorRegistry actors, JurisdictionTree tree, ClaimsPrincipal user) =>
        WithUnitAsync(unitId, user, tree, unit => QueueViewAsync(unit, actors, user, tree));

    /// <summary>A unit the tree does not know, or one outside the grant, is answered before its actor is asked.</summary>
    internal static async Task<IResult> WithUnitAsync(string unitId, ClaimsPrincipal user, JurisdictionTree tree, Func<Unit, Task<IResult>> then)
    {
        if (tree.Find(new UnitId(unitId)) is not { } unit) return Problems.NotFound(ErrorCodes.UnitNotFound, $"There is no unit {Monitoring.Domain.TextRules.ForLog(unitId)}.");
        if (!GrantScope.Of(user, tree).Holds(unit.Id, tree)) return Problems.OutsideGrant($"Unit {unit.Id}");
        return await then(unit);
    }

    private static async Task<IResult> QueueViewAsync(Unit unit, ActorRegistry actors, ClaimsPrincipal user, JurisdictionTree tree)
    {
        var queue = await QueueAsync(actors, unit.Id);
        var cases = queue.Cases.ShownTo(user).Select(c => new QueuedCase(c.AssignedUnitId == unit.Id ? "assigned" : "escalated", c)).ToList();
        return TypedResults.Ok(new UnitQueueView(UnitView.Of(unit, tree, queue.Counts), cases));
    }
}
