using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.Options;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Cases;
using Monitoring.Domain.Coverage;
using Monitoring.Domain.Interactions;
using Monitoring.Persistence.Queries;
using Monitoring.Server.Http;

namespace Monitoring.Server.Intake;

/// <summary>For call takers and the telephony: record an interaction, read a caller's history.</summary>
public static class IntakeEndpoints
{
    public static IEndpointRouteBuilder MapIntake(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/interactions", RecordAsync)
            .WithTags("Intake")
            .WithSummary("Record an interaction; a report or complaint opens a case routed by its location.")
            .Accepts<IntakeForm>("application/json")
            .Produces<IntakeResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        app.MapGet("/api/callers/{callerNumber}/interactions", HistoryAsync)
            .WithTags("Intake")
            .WithSummary("The caller's history, newest first, paged; +62812…, 62812… and 0812… are one caller.")
            .Produces<ListPage<CallerEntry>>()
            .ProducesValidationProblem();
        return app;
    }

    public const int MaxHistoryPageSize = 200;

    private static async Task<IResult> RecordAsync(HttpContext http, ActorRegistry actors, CoverageMap coverage, TimeProvider clock,
        IntakeLimits limits)
    {
        var (form, problem) = await JsonBody.ReadAsync<IntakeForm>(http);
        if (problem is not null) return problem;

        var now = clock.GetUtcNow();
        var (intake, errors) = IntakeRules.Validate(form!, now, InteractionId.New(), limits);
        if (intake is null) return Problems.Fields(errors);
        var interaction = intake.Interaction;

        if (intake.CasePriority is not { } priority)
        {
            await actors.Get<CallerRegion>().Ask<InteractionFiled>(
                new FileInteraction(interaction.Caller, new CallerEntry(interaction, null, null)), ActorAsk.Timeout);
            return TypedResults.Created($"/api/callers/{Uri.EscapeDataString(interaction.Caller.Value)}/interactions",
                new IntakeResponse(interaction.Id, null, null, [], false));
        }

        var routing = coverage.Resolve(interaction.Location!.Point);
        var caseId = CaseId.New(now);
        var reply = await actors.Get<CaseRegion>().Ask<CaseReply>(
            new CaseRequest(caseId, new OpenCase(interaction, priority, routing)), ActorAsk.Timeout);
        if (reply.Rejection is { } rejection) return Problems.Rejected(rejection, reply.Case);
        return TypedResults.Created($"/api/cases/{caseId}",
            new IntakeResponse(interaction.Id, caseId, routing.UnitId, routing.Chain, routing.OutOfCoverage));
    }

    /// <summary>From the read model, so a look-up while the caller is still on the line never wakes an actor.</summary>
    private static async Task<IResult> HistoryAsync(string callerNumber, string? page, string? pageSize, CallerQueries readModel)
    {
        var errors = new List<FieldError>();
        var caller = CallerNumbers.Normalize(callerNumber);
        if (caller is null) errors.Add(new FieldError("callerNumber", CallerNumbers.Rule));
        var (pageValue, sizeValue) = QueryFields.Paging(page, pageSize, MaxHistoryPageSize, errors);
        if (errors.Count > 0) return Problems.Fields(errors);
        var (entries, total) = await readModel.CallerHistoryAsync(caller!.Value, pageValue, sizeValue);
        return TypedResults.Ok(new ListPage<CallerEntry>(entries, pageValue, sizeValue, total));
    }
}
