namespace Monitoring.Server.Wall;

/// <summary>
/// A browser's WebSocket cannot carry an Authorization header, so SignalR clients send their token as
/// <c>?access_token=</c> on the hub's URL: only there is it read as the header, which every sign-in scheme then reads as
/// usual. Nowhere else, so a token never needs to ride in a URL another endpoint would log.
/// </summary>
public static class HubAccessToken
{
    public static IApplicationBuilder UseHubAccessToken(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.Path.StartsWithSegments(WallHub.Path) && context.Request.Headers.Authorization.Count == 0
            && context.Request.Query["access_token"] is [{ Length: > 0 } token])
            context.Request.Headers.Authorization = "Bearer " + token;
        return next(context);
    });
}
