using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Monitoring.Domain;
using Monitoring.Server.Http;

namespace Monitoring.Server.Auth;

/// <summary><c>GET /signin/sso</c>: the sign-in page's button, which sends the browser to the issuer.</summary>
public static class SsoEndpoints
{
    public static WebApplication MapSso(this WebApplication app)
    {
        app.MapGet("/signin/sso", StartAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Back from the issuer the browser lands on the sign-in page, which goes on to the page asked for by a navigation of
    /// its own: a navigation that started at the issuer is cross-site, and the browser would not send the session cookie
    /// (SameSite=Strict) with it.
    /// </summary>
    private static async Task<IResult> StartAsync(string? returnUrl, HttpContext context, IOptions<MonitoringOptions> options, ILoggerFactory logs)
    {
        if (!options.Value.Auth.Oidc.Enabled)
            return Problems.NotFound(ErrorCodes.SsoOff, "Sign-in through an OpenID Connect issuer is not configured (Monitoring:Auth:Oidc:Authority).");
        var landing = "/signin?sso=done" + (LocalPath(returnUrl) is { } back ? "&returnUrl=" + Uri.EscapeDataString(back) : "");
        try
        {
            await context.ChallengeAsync(AuthSchemes.Oidc, new AuthenticationProperties { RedirectUri = landing });
            return Results.Empty;
        }
        catch (InvalidOperationException e) when (!context.Response.HasStarted)
        {
            // The issuer's metadata could not be read (the issuer is down or unreachable): the page says the sign-in
            // failed, rather than the browser showing an error.
            logs.CreateLogger(typeof(SsoEndpoints)).LogError(e, "The issuer's metadata could not be read: no sign-in through it.");
            return Results.Redirect(SsoRefusals.Page(SsoRefusals.Failed));
        }
    }

    /// <summary>Only a path on this site: "//evil.example" or "/\evil.example" would leave it.</summary>
    private static string? LocalPath(string? raw) =>
        raw is { Length: > 0 } && raw[0] == '/' && !raw.StartsWith("//", StringComparison.Ordinal) && !raw.StartsWith("/\\", StringComparison.Ordinal)
            ? raw : null;
}
