using System.Security.Claims;
using Akka.Hosting;
using Monitoring.Actors.Protocol;
using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Server.Audit;
using Monitoring.Server.Auth;
using Monitoring.Server.Http;

namespace Monitoring.Server.Callers;

/// <summary>For the operations room: flag, screen or clear a number by hand. A sanction never drops a call; it is what the
/// next call taker sees when the number rings.</summary>
public static class CallerSanctionEndpoints
{
    public static IEndpointRouteBuilder MapCallerSanctions(this IEndpointRouteBuilder app)
    {
        foreach (var action in Enum.GetValues<SanctionAction>())
        {
            var word = DomainJson.Name(action);
            app.MapPost($"/api/callers/{{{CallerRoute.Value}}}/{word}", (string callerNumber, JsonBody<SanctionForm> body, ClaimsPrincipal user,
                    ActorRegistry actors, TimeProvider clock, HttpContext http) => SanctionAsync(action, callerNumber, body.Value, user, actors, clock, http))
                .WithTags("Callers")
                .WithName("caller-" + word)
                .WithSummary(Summary(action))
                .RequireAuthorization(Policies.SanctionCallers)
                .Audited("caller." + word, CallerRoute.Value, CallerRoute.Spelling)
                .ReadsJson<SanctionForm>()
                .Produces<CallerView>()
                .ProducesValidationProblem()
                .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        }
        return app;
    }

    private static string Summary(SanctionAction action) => action switch
    {
        SanctionAction.Flag => "Flag the number, with a reason; answers the caller's reputation after it.",
        SanctionAction.Screen => $"Screen the number until a time (at most {SanctionRules.MaxScreening.TotalDays:0} days ahead), with a reason; "
                                 + "its calls are still answered and a report still opens a case.",
        _ => "Clear the number, with a reason: the ladder forgives every call and sanction before it.",
    };

    private static async Task<IResult> SanctionAsync(SanctionAction action, string callerNumber, SanctionForm form, ClaimsPrincipal user,
        ActorRegistry actors, TimeProvider clock, HttpContext http)
    {
        var caller = CallerNumbers.Normalize(callerNumber);
        var (sanction, problems) = SanctionRules.Validate(action, form.Reason, form.Until, user.ToPerson(), clock.GetUtcNow());
        if (caller is null || sanction is null) return Problems.Fields(caller is null ? [CallerRoute.Wrong, .. problems] : problems);
        if (sanction.Until is { } until) AuditNote.Add(http, detail: $"until {until:O}");
        var reply = await actors.Get<CallerRegion>().AskFor<CallerReputation>(new SanctionCaller(caller.Value, sanction), ActorAsk.Timeout);
        return TypedResults.Ok(CallerView.Of(reply));
    }
}
