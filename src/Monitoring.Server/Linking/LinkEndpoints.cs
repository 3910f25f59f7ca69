using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitoring.Domain;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Server.Audit;
using Monitoring.Server.Auth;
using Monitoring.Server.Cases;
using Monitoring.Server.Http;

namespace Monitoring.Server.Linking;

/// <summary>For the operations room: undo a link and combine two cases about one incident (NENA EIDO's link and merge).</summary>
public static class LinkEndpoints
{
    public static RouteGroupBuilder MapLinks(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{caseId}/unlink", UnlinkAsync)
            .WithName("unlink")
            .WithSummary("An operator takes a linked call out of the case: it becomes a case of its own, with deadlines from its own call "
                         + "time. Answers the new case.")
            .RequireAuthorization(Policies.LinkCases)
            .Audited("case.unlink", "caseId")
            .ReadsJson<UnlinkRequest>(answerFirst: CaseEndpoints.UnknownCaseAsync)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        cases.MapPost("/{caseId}/merge", MergeAsync)
            .WithName("merge")
            .WithSummary("An operator merges the case into intoCaseId: its calls and callers join that case, and it closes as merged, "
                         + "pointing there. Answers the case merged into.")
            .RequireAuthorization(Policies.LinkCases)
            .Audited("case.merge", "caseId")
            .ReadsJson<MergeRequest>(answerFirst: CaseEndpoints.UnknownCaseAsync)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return cases;
    }

    private static async Task<Results<Ok<CaseView>, ValidationProblem, ProblemHttpResult>> UnlinkAsync(string caseId, JsonBody<UnlinkRequest> body,
        ClaimsPrincipal user, JurisdictionTree tree, CaseLinker linker)
    {
        var (unit, problem) = CaseEndpoints.ActingUnit(body.Value.UnitId, user, tree);
        if (problem is not null) return problem;
        if (string.IsNullOrWhiteSpace(body.Value.InteractionId) || TextRules.Problem("interactionId", body.Value.InteractionId, false) is not null
            || body.Value.InteractionId.Length > 64)
            return Problems.Field("interactionId", ErrorCodes.Required, "The interaction to take out of the case is required: its id, as the case's timeline lists it.");
        var outcome = await linker.UnlinkAsync(new CaseId(caseId), unit, user.ToPerson(), new InteractionId(body.Value.InteractionId.Trim()));
        return CaseEndpoints.Answer(outcome, user, tree, unit);
    }

    private static async Task<Results<Ok<CaseView>, ValidationProblem, ProblemHttpResult>> MergeAsync(string caseId, JsonBody<MergeRequest> body,
        ClaimsPrincipal user, JurisdictionTree tree, CaseLinker linker)
    {
        var (unit, problem) = CaseEndpoints.ActingUnit(body.Value.UnitId, user, tree);
        if (problem is not null) return problem;
        if (body.Value.IntoCaseId is not { } into || !CaseId.IsWellFormed(into))
            return Problems.Field("intoCaseId", ErrorCodes.CaseId, "The case to merge into must be a case id like K-261207-0A1B2C3D4E.");
        var outcome = await linker.MergeAsync(new CaseId(caseId), new CaseId(into), unit, user.ToPerson(), body.Value.Reason ?? "");
        return CaseEndpoints.Answer(outcome, user, tree, unit);
    }
}
