using Monitoring.Domain;

namespace Monitoring.Server.Wall;

/// <summary>
/// A browser sends the session cookie with a WebSocket any site opens, and WebSockets are not held to CORS: a connection
/// to the hub whose Origin is another site is refused. Clients that are not browsers send no Origin and pass.
/// </summary>
public static class HubOrigin
{
    public static IApplicationBuilder UseHubOriginCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments(WallHub.Path) && context.Request.Headers.Origin is [{ } origin, ..]
            && !SameSite(origin, context.Request))
        {
            await Http.Problems.Status(StatusCodes.Status403Forbidden, ErrorCodes.ForeignOrigin, "The wall's feed is served only to pages of this center.")
                .ExecuteAsync(context);
            return;
        }
        await next(context);
    });

    private static bool SameSite(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase);
}
