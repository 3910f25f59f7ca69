using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Persistence.Journal;
using Monitoring.Server.Audit;
using Monitoring.Server.Auth;
using Monitoring.Server.Http;
using Monitoring.Server.Linking;
using Monitoring.Server.Units;

namespace Monitoring.Server.Cases;

/// <summary>For regional units: read a case and act on it.</summary>
public static class CaseEndpoints
{
    private static readonly string[] Actions = ["acknowledge", "dispatch", "arrive", "resolve", "cancel", "reassign", "note"];

    public static IEndpointRouteBuilder MapCases(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Cases").MapCaseList().MapAlarms().MapNearby().MapLinks();
        cases.MapGet("/{caseId}", GetAsync)
            .WithSummary("The case with its timeline, for those whose grant its chain holds.")
            .RequireAuthorization(Policies.ReadCases)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        foreach (var action in Actions)
        {
            cases.MapPost($"/{{caseId}}/{action}", (string caseId, JsonBody<ActionRequest> body, ClaimsPrincipal user, JurisdictionTree tree,
                    CaseService service, PatrolService patrols) => ActAsync(action, new CaseId(caseId), body.Value, user, tree, service, patrols))
                .WithName(action)
                .WithSummary($"A unit on the case's chain takes the '{action}' action; unitId defaults to the signed-in person's unit "
                             + "and must lie within their grant.")
                .RequireAuthorization(Policies.ActOnCases)
                .Audited("case." + action, "caseId")
                // An id that never was a case is answered whatever its body: only a case that exists has an actor to wake.
                .ReadsJson<ActionRequest>(answerFirst: UnknownCaseAsync)
                .ProducesProblem(StatusCodes.Status403Forbidden)
                .ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status409Conflict);
        }
        return app;
    }

    /// <summary>From the journal, so a read never wakes (and so never writes for) a case's actor.</summary>
    /// <remarks>unitId (optional, as for an action) names the unit the reader acts as, for the actions listed.</remarks>
    private static async Task<Results<Ok<CaseView>, ProblemHttpResult>> GetAsync(string caseId, string? unitId, CaseReader reader,
        JurisdictionTree tree, HttpContext http)
    {
        if (await FindAsync(caseId, reader, http.RequestAborted) is not { } c) return NoCase(caseId);
        if (!GrantScope.Of(http.User, tree).Sees(c.Chain)) return Problems.OutsideGrant($"Case {c.Id}");
        var unit = string.IsNullOrWhiteSpace(unitId) ? http.User.UnitOf() : unitId.Trim(' ');
        return TypedResults.Ok(View(c, http.User, tree, unit));
    }

    /// <summary>The case as this reader sees it, with what they may do to it acting as <paramref name="unit"/> (none outside
    /// their grant or for a role that takes no actions: the Domain's rule, narrowed by the policy).</summary>
    private static CaseView View(Case c, ClaimsPrincipal user, JurisdictionTree tree, string? unit)
    {
        var acts = Policies.Admits(Policies.ActOnCases, user.Role()) && !string.IsNullOrEmpty(unit)
                   && tree.Contains(new UnitId(unit)) && GrantScope.Of(user, tree).Holds(new UnitId(unit), tree);
        return CaseView.Of(c).ShownTo(user) with
        {
            AllowedActions = acts ? CaseDecider.Allowed(c, new UnitId(unit!), user.ToPerson(), tree) : [],
        };
    }

    private static async Task<Case?> FindAsync(string caseId, CaseReader reader, CancellationToken cancel) =>
        CaseId.IsWellFormed(caseId) ? await reader.ReadAsync(new CaseId(caseId), cancel) : null;

    private static ProblemHttpResult NoCase(string caseId) => Problems.NotFound(ErrorCodes.CaseNotFound, $"There is no case {TextRules.ForLog(caseId)}.");

    internal static async Task<IResult?> UnknownCaseAsync(HttpContext http)
    {
        var caseId = http.GetRouteValue("caseId") as string ?? "";
        return await FindAsync(caseId, http.RequestServices.GetRequiredService<CaseReader>(), http.RequestAborted) is null ? NoCase(caseId) : null;
    }

    internal static async Task<Results<Ok<CaseView>, ValidationProblem, ProblemHttpResult>> ActAsync(string action, CaseId caseId,
        ActionRequest body, ClaimsPrincipal user, JurisdictionTree tree, CaseService cases, PatrolService patrols)
    {
        var (unit, problem) = ActingUnit(body.UnitId, user, tree);
        if (problem is not null) return problem;
        if (body.ToCommand(action, unit, user.ToPerson()) is not { } command)
            return Problems.Field("reason", ErrorCodes.UnknownValue, $"The reason must be one of {EnumNames<CancelReason>.Allowed}.");
        if (command is Dispatch dispatch && await patrols.DispatchProblemAsync(unit, dispatch.Patrol) is { } busy)
            return Problems.Rejected(busy, null);

        return Answer(await cases.SendAsync(caseId, command), user, tree, unit);
    }

    /// <summary>The case after an action, as the one who took it sees it, or why it was refused.</summary>
    internal static Results<Ok<CaseView>, ValidationProblem, ProblemHttpResult> Answer(CaseOutcome outcome, ClaimsPrincipal user, JurisdictionTree tree, UnitId unit) =>
        outcome.Rejection is { } rejection ? Problems.Rejected(rejection, outcome.Case) : TypedResults.Ok(View(outcome.Case!, user, tree, unit.Value));

    /// <summary>The unit a person acts as: the one the body names (default their own), known and within their grant.</summary>
    internal static (UnitId Unit, Results<Ok<CaseView>, ValidationProblem, ProblemHttpResult>? Problem) ActingUnit(string? unitId, ClaimsPrincipal user, JurisdictionTree tree)
    {
        var unitText = string.IsNullOrWhiteSpace(unitId) ? user.UnitOf() : unitId.Trim(' ');
        if (string.IsNullOrEmpty(unitText)) return (default, Problems.Field("unitId", ErrorCodes.UnitRequired, "The acting unit is required: your grant names none."));
        var unit = new UnitId(unitText);
        if (!tree.Contains(unit)) return (unit, Problems.Field("unitId", ErrorCodes.UnknownUnit, $"There is no unit {TextRules.ForLog(unit.Value)}."));
        if (!GrantScope.Of(user, tree).Holds(unit, tree)) return (unit, Problems.OutsideGrant($"Unit {unit}"));
        return (unit, null);
    }
}
