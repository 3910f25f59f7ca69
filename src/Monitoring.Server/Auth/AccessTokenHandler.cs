using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Monitoring.Server.Auth;

/// <summary>
/// An access token as the built-in bearer-token handler reads it, then checked by <see cref="SessionCheck"/>: that
/// handler offers no event after it has read a token, and a refusal must fail the authentication (401), not leave an
/// anonymous success that authorization would answer with 403.
/// </summary>
public sealed class AccessTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    SessionCheck sessions) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var read = await Context.AuthenticateAsync(AuthSchemes.AccessToken);
        if (!read.Succeeded) return read;
        var current = await sessions.RenewAsync(read.Principal, AuthSchemes.AccessToken);
        return current is null ? AuthenticateResult.Fail("The session has ended (revoked, disabled or expired).")
            : AuthenticateResult.Success(new AuthenticationTicket(current, read.Properties, Scheme.Name));
    }
}
