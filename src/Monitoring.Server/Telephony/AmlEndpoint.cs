using Monitoring.Domain;
using Monitoring.Domain.Callers;
using Monitoring.Server.Audit;
using Monitoring.Server.Auth;
using Monitoring.Server.Http;

namespace Monitoring.Server.Telephony;

/// <summary>For the telephony: the handset's own position (Advanced Mobile Location, ETSI TS 103 625), put on its call.</summary>
public static class AmlEndpoint
{
    public const string Path = "/api/telephony/aml";

    public static IEndpointRouteBuilder MapAml(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, AttachAsync)
            .WithTags("Telephony")
            .WithSummary("A handset's AML position (the HTTPS form, or an AML SMS's text with ?device_number=): put on the number's live call or the one ended within the hour.")
            .RequireAuthorization(Policies.TelephonyEvents)
            .Audited("telephony.aml")
            .DisableAntiforgery()
            .Produces<AmlResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static async Task<IResult> AttachAsync(HttpContext http, ICallLocator calls, TimeProvider clock)
    {
        var (message, refusal) = await AmlRequest.ReadAsync(http.Request, clock.GetUtcNow());
        if (refusal is not null) return refusal;
        var call = await calls.AttachAsync(message!.DeviceNumber, message.FixedAt, message.Location, http.RequestAborted);
        if (call is not { } callId)
            return Problems.Status(StatusCodes.Status404NotFound, ErrorCodes.NoRecentCall,
                $"The number {CallerNumbers.Mask(message.DeviceNumber.Value)} has no call live or ended within the hour before the fix.",
                new Dictionary<string, object?> { ["field"] = http.Request.HasFormContentType ? "device_number" : AmlRequest.SenderQuery });
        AuditNote.Add(http, target: callId.Value);
        return TypedResults.Ok(new AmlResponse(callId, message.Location, message.Positioning));
    }
}
