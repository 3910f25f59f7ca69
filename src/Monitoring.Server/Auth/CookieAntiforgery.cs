using Microsoft.AspNetCore.Antiforgery;
using Monitoring.Domain;
using Monitoring.Server.Http;

namespace Monitoring.Server.Auth;

/// <summary>
/// A browser sends the session cookie by itself, also on a request another site made it send: every state-changing
/// request signed in by the cookie must carry the antiforgery token from /api/auth/me in <c>X-CSRF-TOKEN</c>. Bearer
/// and API tokens are exempt (no browser adds those on its own), and so are the sign-ins and the token endpoint: they
/// act on the user name and password, or the passkey's answer, in the body, never on the session. The hub is exempt too: a browser's WebSocket
/// cannot carry the header, its methods only read, and it is guarded by the cookie's SameSite=Strict and by the
/// Origin check on the connection.
/// </summary>
public static class CookieAntiforgery
{
    private static readonly PathString[] Exempt = ["/api/auth/signin", "/api/auth/token", "/api/auth/passkey/options", "/api/auth/passkey/signin"];

    private static readonly PathString Hubs = "/hubs";

    public static IApplicationBuilder UseCookieAntiforgery(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            && !HttpMethods.IsOptions(context.Request.Method) && !HttpMethods.IsTrace(context.Request.Method)
            && context.User.ByCookie() && !Exempt.Any(path => context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase))
            && !context.Request.Path.StartsWithSegments(Hubs)
            && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
        {
            await Problems.Field(PeopleSetup.CsrfHeader, ErrorCodes.AntiforgeryMissing,
                $"A request signed in by the session cookie must carry the {PeopleSetup.CsrfHeader} header with the antiforgery token from GET /api/auth/me.")
                .ExecuteAsync(context);
            return;
        }
        await next(context);
    });
}
