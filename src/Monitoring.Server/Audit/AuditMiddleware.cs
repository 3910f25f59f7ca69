using Microsoft.AspNetCore.Routing.Patterns;
using Monitoring.Server.Http;

namespace Monitoring.Server.Audit;

/// <summary>
/// Writes the line of an <see cref="AuditedEndpoint.Audited{TBuilder}"/> endpoint after everything behind it ran: the
/// sign-in (which sets the person), authorization, the rate limits and the handler. A refusal (401, 403, 429) of a
/// person who is known is a line too, on any endpoint, named by its route pattern (never the path, which may hold a
/// caller's number). Stands right after routing, so the endpoint is known before the exception handler clears it.
/// </summary>
public static class AuditMiddleware
{
    public const string Refused = "request.refused";

    public static IApplicationBuilder UseAuditTrail(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var endpoint = context.GetEndpoint() as RouteEndpoint;
        try
        {
            await next(context);
        }
        catch (Exception e)
        {
            Write(context, endpoint, UnavailableHandler.Covers(e) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError);
            throw;
        }
        Write(context, endpoint, context.Response.StatusCode);
    });

    private static void Write(HttpContext context, RouteEndpoint? endpoint, int status)
    {
        if (endpoint is null || AuditTrail.IsRecorded(context)) return;
        var trail = context.RequestServices.GetRequiredService<AuditTrail>();
        var note = AuditNote.Of(context);
        if (endpoint.Metadata.GetMetadata<AuditedMetadata>() is { } audited)
        {
            var target = note?.Target ?? RouteTarget(context, audited);
            trail.Record(context, note?.Action ?? audited.Action, target, status, note?.Detail);
        }
        else if (status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden or StatusCodes.Status429TooManyRequests
                 && context.User.Identity?.IsAuthenticated == true)
            trail.Record(context, Refused, $"{context.Request.Method} {Pattern(endpoint.RoutePattern)}", status);
    }

    private static string? RouteTarget(HttpContext context, AuditedMetadata audited) =>
        audited.TargetRouteValue is { } name && context.GetRouteValue(name) is string value ? audited.Spelling?.Invoke(value) ?? value : null;

    private static string Pattern(RoutePattern pattern) => pattern.RawText ?? string.Join('/', pattern.PathSegments);
}
