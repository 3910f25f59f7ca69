using Akka.Hosting;
using Monitoring.Actors.Protocol;
using Monitoring.Domain.Telephony;
using Monitoring.Server.Auth;
using Monitoring.Server.Http;
using Monitoring.Server.Limits;

namespace Monitoring.Server.Telephony;

/// <summary>
/// For the telephony: each step of a call as it happens (offered, answered, ended, abandoned), from a SIP proxy, a PBX or
/// a contact-centre platform. A call's own actor orders the steps and records each once, so a retrying PBX changes nothing.
/// Not audited line by line as people's actions are: the call's journal is its record, four steps to a call.
/// </summary>
public static class CallEventsEndpoint
{
    public const string Path = "/api/telephony/events";

    public static IEndpointRouteBuilder MapCallEvents(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, ReportAsync)
            .WithTags("Telephony")
            .WithSummary("One step of a call (offered, answered, ended, abandoned): idempotent, in any order; answers where the call should ring now.")
            .RequireAuthorization(Policies.TelephonyEvents)
            .ReadsJson<CallEventForm>()
            .LimitedPerToken()
            .Produces<CallEventResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<IResult> ReportAsync(JsonBody<CallEventForm> form, ActorRegistry actors, TimeProvider clock)
    {
        var (step, errors) = CallEventRules.Validate(form.Value, clock.GetUtcNow());
        if (step is null) return Problems.Fields(errors);
        var reply = await actors.Get<CallRegion>().AskFor<CallReply>(new ReportCallStep(step), ActorAsk.Timeout);
        // A step whose time contradicts what the call already knows is refused, and the call stays as it was.
        if (reply.Refusal is { } refusal)
            return Problems.Status(StatusCodes.Status409Conflict, refusal.Code, refusal.Message,
                new Dictionary<string, object?> { ["field"] = refusal.Field, ["call"] = CallEventResponse.Of(reply.Call) });
        return TypedResults.Ok(CallEventResponse.Of(reply.Call));
    }
}
