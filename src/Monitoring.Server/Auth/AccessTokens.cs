using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;

namespace Monitoring.Server.Auth;

/// <summary>
/// Issues access tokens with the bearer-token handler's own protector, so that the built-in handler reads them; the
/// token carries the person's security stamp, which <see cref="SessionCheck"/> compares on every request.
/// </summary>
public sealed class AccessTokens(IOptionsMonitor<BearerTokenOptions> bearer, IOptions<MonitoringOptions> options, TimeProvider time)
{
    public IssuedAccessToken Issue(MonitoringUser user)
    {
        var now = time.GetUtcNow();
        var expires = now + options.Value.Auth.AccessTokenLifetime;
        var ticket = new AuthenticationTicket(SessionClaims.For(user, AuthSchemes.AccessToken, options.Value.Auth),
            new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = expires }, AuthSchemes.AccessToken);
        return new IssuedAccessToken(bearer.Get(AuthSchemes.AccessToken).BearerTokenProtector.Protect(ticket), expires, options.Value.Auth.MustEnrol(user));
    }
}
