using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Monitoring.Server.Http;

namespace Monitoring.Server.Auth;

/// <summary><c>GET /signin/sso</c>: the sign-in page's button, which sends the browser to the issuer.</summary>
public static class SsoEndpoints
{
    public static WebApplication MapSso(this WebApplication app)
    {
        app.MapGet("/signin/sso", Start).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Back from the issuer the browser lands on the sign-in page, which goes on to the page asked for by a navigation of
    /// its own: a navigation that started at the issuer is cross-site, and the browser would not send the session cookie
    /// (SameSite=Strict) with it.
    /// </summary>
    private static IResult Start(string? returnUrl, IOptions<MonitoringOptions> options)
    {
        if (!options.Value.Auth.Oidc.Enabled)
            return Problems.NotFound("Sign-in through an OpenID Connect issuer is not configured (Monitoring:Auth:Oidc:Authority).");
        var landing = "/signin?sso=done" + (LocalPath(returnUrl) is { } back ? "&returnUrl=" + Uri.EscapeDataString(back) : "");
        return TypedResults.Challenge(new AuthenticationProperties { RedirectUri = landing }, [AuthSchemes.Oidc]);
    }

    /// <summary>Only a path on this site: "//evil.example" or "/\evil.example" would leave it.</summary>
    private static string? LocalPath(string? raw) =>
        raw is { Length: > 0 } && raw[0] == '/' && !raw.StartsWith("//", StringComparison.Ordinal) && !raw.StartsWith("/\\", StringComparison.Ordinal)
            ? raw : null;
}
