using System.Security.Claims;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Domain.Patrols;
using Monitoring.Server.Audit;
using Monitoring.Server.Auth;
using Monitoring.Server.Http;

namespace Monitoring.Server.Units;

/// <summary>A unit's patrol board: read by whoever may read the unit's queue, changed by those who act for the unit (its
/// officers, and the operators and officers above it).</summary>
public static class PatrolEndpoints
{
    public static IEndpointRouteBuilder MapPatrols(this IEndpointRouteBuilder app)
    {
        var patrols = app.MapGroup("/api/units/{unitId}/patrols").WithTags("Units");
        patrols.MapGet("/", (string unitId, ClaimsPrincipal user, JurisdictionTree tree, PatrolService service) =>
                UnitEndpoints.WithUnitAsync(unitId, user, tree, async unit => Answer(await service.GetAsync(unit.Id))))
            .WithSummary("The unit's patrols, each available, dispatched or on scene (with its case).")
            .RequireAuthorization(Policies.ReadCases)
            .Produces<IReadOnlyList<Patrol>>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        patrols.MapPost("/", (string unitId, JsonBody<NewPatrol> body, ClaimsPrincipal user, JurisdictionTree tree, PatrolService service) =>
                ChangeAsync(unitId, user, tree, service, new AddPatrol(body.Value.Name ?? "", user.ToPerson())))
            .WithSummary("Adds a patrol to the unit's board, available.")
            .RequireAuthorization(Policies.ActOnCases)
            .Audited("patrol.add", "unitId")
            .ReadsJson<NewPatrol>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        patrols.MapDelete("/{name}", (string unitId, string name, ClaimsPrincipal user, JurisdictionTree tree, PatrolService service) =>
                ChangeAsync(unitId, user, tree, service, new RemovePatrol(name, user.ToPerson())))
            .WithSummary("Removes an available patrol from the unit's board.")
            .RequireAuthorization(Policies.ActOnCases)
            .Audited("patrol.remove", "unitId")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        patrols.MapPost("/{name}/release", (string unitId, string name, ClaimsPrincipal user, JurisdictionTree tree, PatrolService service) =>
                ChangeAsync(unitId, user, tree, service, new ReleasePatrol(name, user.ToPerson())))
            .WithSummary("Frees a patrol before its case ends; the case's later steps leave it free.")
            .RequireAuthorization(Policies.ActOnCases)
            .Audited("patrol.release", "unitId")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>The body of a new patrol.</summary>
    public sealed record NewPatrol(string? Name);

    private static Task<IResult> ChangeAsync(string unitId, ClaimsPrincipal user, JurisdictionTree tree, PatrolService service, PatrolCommand command) =>
        UnitEndpoints.WithUnitAsync(unitId, user, tree, async unit => Answer(await service.ChangeAsync(unit.Id, command)));

    private static IResult Answer(Monitoring.Actors.Protocol.PatrolsReply reply) =>
        reply.Rejection is { } rejection ? Problems.Rejected(rejection, null) : TypedResults.Ok(reply.Patrols);
}
