using Akka.Actor;
using Akka.Hosting;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Interactions;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Persistence.Journal;
using Monitoring.Server.Http;

namespace Monitoring.Server.Cases;

/// <summary>For regional units: read a case and act on it.</summary>
public static class CaseEndpoints
{
    private static readonly string[] Actions = ["acknowledge", "dispatch", "arrive", "resolve", "cancel"];

    public static IEndpointRouteBuilder MapCases(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Cases").MapCaseList();
        cases.MapGet("/{caseId}", GetAsync)
            .WithSummary("The case with its timeline.")
            .Produces<CaseView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        foreach (var action in Actions)
        {
            cases.MapPost($"/{{caseId}}/{action}", (string caseId, HttpContext http, ActorRegistry actors, JurisdictionTree tree, CaseReader reader) =>
                    ActAsync(action, caseId, http, actors, tree, reader))
                .WithName(action)
                .WithSummary($"A unit on the case's chain takes the '{action}' action.")
                .Accepts<ActionRequest>("application/json")
                .Produces<CaseView>()
                .ProducesValidationProblem()
                .ProducesProblem(StatusCodes.Status403Forbidden)
                .ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status409Conflict);
        }
        return app;
    }

    /// <summary>From the journal, so a read never wakes (and so never writes for) a case's actor.</summary>
    private static async Task<IResult> GetAsync(string caseId, CaseReader reader, HttpContext http) =>
        await FindAsync(caseId, reader, http.RequestAborted) is { } c ? TypedResults.Ok(CaseView.Of(c)) : NoCase(caseId);

    private static async Task<Case?> FindAsync(string caseId, CaseReader reader, CancellationToken cancel) =>
        CaseId.IsWellFormed(caseId) ? await reader.ReadAsync(new CaseId(caseId), cancel) : null;

    private static IResult NoCase(string caseId) => Problems.NotFound($"There is no case {TextRules.ForLog(caseId)}.");

    private static async Task<IResult> ActAsync(string action, string caseId, HttpContext http, ActorRegistry actors, JurisdictionTree tree,
        CaseReader reader)
    {
        // An id that never was a case is answered here: only a case that exists has an actor to wake.
        if (await FindAsync(caseId, reader, http.RequestAborted) is null) return NoCase(caseId);
        var (body, problem) = await JsonBody.ReadAsync<ActionRequest>(http);
        if (problem is not null) return problem;
        if (string.IsNullOrWhiteSpace(body!.UnitId)) return Problems.Field("unitId", "The acting unit is required.");
        var unit = new UnitId(body.UnitId.Trim(' '));
        if (!tree.Contains(unit)) return Problems.Field("unitId", $"There is no unit {TextRules.ForLog(unit.Value)}.");

        var officer = body.Officer ?? "";
        UnitAction? command = action switch
        {
            "acknowledge" => new Acknowledge(unit, officer),
            "dispatch" => new Dispatch(unit, officer, body.Patrol ?? ""),
            "arrive" => new Arrive(unit, officer),
            "resolve" => new Resolve(unit, officer, body.Outcome ?? ""),
            _ => EnumNames<CancelReason>.TryParse(body.Reason ?? "", out var reason) ? new Cancel(unit, officer, reason) : null,
        };
        if (command is null)
            return Problems.Field("reason", $"The reason must be one of {EnumNames<CancelReason>.Allowed}.");

        var reply = await actors.Get<CaseRegion>().Ask<CaseReply>(new CaseRequest(new CaseId(caseId), command), ActorAsk.Timeout);
        return reply.Rejection is { } rejection ? Problems.Rejected(rejection, reply.Case) : TypedResults.Ok(CaseView.Of(reply.Case!));
    }
}
