using System.Security.Claims;
using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Akka.Hosting;
using Monitoring.Actors.Protocol;
using Monitoring.Domain.Callers;
using Monitoring.Domain.Interactions;
using Monitoring.Domain;
using Monitoring.Domain.Jurisdiction;
using Monitoring.Persistence.Journal;
using Monitoring.Persistence.Queries;
using Monitoring.Server.Audit;
using Monitoring.Server.Auth;
using Monitoring.Server.Callers;
using Monitoring.Server.Http;
using Monitoring.Server.Limits;

namespace Monitoring.Server.Intake;

/// <summary>For call takers and the telephony: record an interaction, read a caller's history.</summary>
public static class IntakeEndpoints
{
    public static IEndpointRouteBuilder MapIntake(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/interactions", RecordAsync)
            .WithTags("Intake")
            .WithSummary("Record an interaction; a report or complaint opens a case routed by its location.")
            .RequireAuthorization(Policies.RecordInteractions)
            .Audited("interaction.record")
            .ReadsJson<IntakeForm>()
            .LimitedPerToken()
            .Produces<IntakeResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        app.MapGet("/api/callers/{callerNumber}/interactions", HistoryAsync)
            .WithTags("Intake")
            .WithSummary("The caller's history, newest first, paged; +62812…, 62812… and 0812… are one caller.")
            .RequireAuthorization(Policies.ReadCallers)
            .Audited("caller.history", CallerRoute.Value, CallerRoute.Spelling)
            .Produces<ListPage<CallerEntry>>()
            .ProducesValidationProblem();

        app.MapGet("/api/callers/{callerNumber}", ReputationAsync)
            .WithTags("Intake")
            .WithSummary("The caller's reputation (its rung, calls per tally over 24 h, 7 and 30 days, why) and its newest interactions.")
            .RequireAuthorization(Policies.ReadCallers)
            .Audited("caller.reputation", CallerRoute.Value, CallerRoute.Spelling)
            .Produces<CallerView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    public const int MaxHistoryPageSize = 200;

    /// <summary>A person at the intake answered the call themselves: the agent is their user name, whatever the body says.
    /// Only the telephony's machine token names the agent who answered at the exchange.</summary>
    private static IntakeForm AnsweredBy(IntakeForm form, ClaimsPrincipal user) =>
        user.Role() == Roles.Integration ? form : form with { AgentId = user.Identity?.Name };

    private static async Task<IResult> RecordAsync(
        JsonBody<IntakeForm> form, IntakeService intake, IdempotentIntake keys, ClaimsPrincipal user, HttpContext http)
    {
        var answered = AnsweredBy(form.Value, user);
        if (!http.Request.Headers.TryGetValue(IdempotentIntake.Header, out var keyValues)) return await RecordOnceAsync(answered, intake, http);
        var key = keyValues.Count == 1 ? keyValues[0] ?? "" : "";
        if (IdempotentIntake.Check(key) is { } wrong) return Problems.Field(IdempotentIntake.Header, ErrorCodes.BadHeader, wrong);
        return await keys.RecordAsync(http, key, answered, () => RecordOnceAsync(answered, intake, http));
    }

    private static async Task<IResult> RecordOnceAsync(IntakeForm form, IntakeService intake, HttpContext http) =>
        await OutsideGrantAsync(form.LinkToCaseId, http) ?? await intake.RecordAsync(form) switch
    {
        IntakeOutcome.Invalid invalid => Problems.Fields(invalid.Errors),
        IntakeOutcome.Filed filed => Noted(http, filed.Interaction.Id.Value, null, TypedResults.Created(
            $"/api/callers/{Uri.EscapeDataString(filed.Interaction.Caller.Value)}/interactions",
            new IntakeResponse(filed.Interaction.Id, null, null, [], false, new(filed.Level)))),
        IntakeOutcome.Opened opened => Noted(http, opened.CaseId.Value, $"interaction {opened.Interaction.Id.Value}",
            TypedResults.Created($"/api/cases/{opened.CaseId}",
            new IntakeResponse(opened.Interaction.Id, opened.CaseId, opened.Routing.UnitId, opened.Routing.Chain, opened.Routing.OutOfCoverage,
                opened.Level is { } level ? new(level) : null, opened.Link != CallLink.None, opened.Link == CallLink.Automatic, opened.Callers))),
        IntakeOutcome.Refused refused => Problems.Rejected(refused.Rejection, refused.Current),
        _ => throw new UnreachableException(),
    };

    /// <summary>A call joins only a case its call taker may see: a case of another Polda is refused as its reading is, and
    /// nothing is recorded. An unknown case is left to the intake, which answers it as such.</summary>
    private static async Task<IResult?> OutsideGrantAsync(string? linkToCaseId, HttpContext http)
    {
        if (string.IsNullOrEmpty(linkToCaseId) || !CaseId.IsWellFormed(linkToCaseId)) return null;
        var found = await http.RequestServices.GetRequiredService<CaseReader>().ReadAsync(new CaseId(linkToCaseId), http.RequestAborted);
        var tree = http.RequestServices.GetRequiredService<JurisdictionTree>();
        return found is not null && !GrantScope.Of(http.User, tree).Sees(found.Chain)
            ? Problems.Status(StatusCodes.Status403Forbidden, ErrorCodes.OutsideGrant, $"Case {found.Id} lies outside your grant.",
                new Dictionary<string, object?> { ["field"] = "linkToCaseId" })
            : null;
    }

    /// <summary>The trail names the case an intake opened, or the interaction it recorded; never the caller's number, which
    /// the read of a history names instead.</summary>
    private static T Noted<T>(HttpContext http, string target, string? detail, T result)
    {
        AuditNote.Add(http, target: target, detail: detail);
        return result;
    }

    /// <summary>Asked of the caller's actor, which counts every call as it is recorded; the read model may lag a call behind.</summary>
    private static async Task<IResult> ReputationAsync(string callerNumber, ActorRegistry actors)
    {
        if (CallerNumbers.Normalize(callerNumber) is not { } caller) return Problems.Fields([CallerRoute.Wrong]);
        return TypedResults.Ok(CallerView.Of(await actors.Get<CallerRegion>().AskFor<CallerReputation>(new GetReputation(caller), ActorAsk.Timeout)));
    }

    /// <summary>From the read model, so a look-up while the caller is still on the line never wakes an actor.</summary>
    private static async Task<IResult> HistoryAsync(string callerNumber, string? page, string? pageSize, CallerQueries readModel)
    {
        var errors = new List<FieldError>();
        var caller = CallerNumbers.Normalize(callerNumber);
        if (caller is null) errors.Add(CallerRoute.Wrong);
        var (pageValue, sizeValue) = QueryFields.Paging(page, pageSize, MaxHistoryPageSize, errors);
        if (errors.Count > 0) return Problems.Fields(errors);
        var (entries, total) = await readModel.CallerHistoryAsync(caller!.Value, pageValue, sizeValue);
        return TypedResults.Ok(new ListPage<CallerEntry>(entries, pageValue, sizeValue, total));
    }
}
