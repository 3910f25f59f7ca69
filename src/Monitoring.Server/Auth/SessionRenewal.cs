using Microsoft.AspNetCore.Authentication;

namespace Monitoring.Server.Auth;

/// <summary>
/// Identity gives a person a new security stamp when their password or second factor changes, which ends every session,
/// the one that asked too: the page's cookie is issued again, and a bearer caller gets a new access token in the answer.
/// </summary>
public static class SessionRenewal
{
    public static async Task<IssuedAccessToken?> RenewAsync(HttpContext context, MonitoringUser user)
    {
        if (context.User.ByCookie())
        {
            var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<MonitoringOptions>>().Value.Auth;
            var session = await context.AuthenticateAsync(AuthSchemes.Cookie);
            await context.SignInAsync(AuthSchemes.Cookie, SessionClaims.For(user, AuthSchemes.Cookie, options),
                session.Properties ?? new AuthenticationProperties());
            return null;
        }
        return context.User.Identity?.AuthenticationType == AuthSchemes.AccessToken
            ? context.RequestServices.GetRequiredService<AccessTokens>().Issue(user) : null;
    }
}
