using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Monitoring.Server.Auth;

/// <summary>
/// An access token of the issuer (a JWT), as the built-in JWT reading checks it (signature by the issuer's keys, issuer,
/// lifetime, audience <c>Oidc:Audience</c>), then mapped to its person by <see cref="SsoPeople"/> with the rules of a
/// sign-in: claims that grant nothing, or a disabled person, fail the authentication (401).
/// </summary>
public sealed class IssuerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IOptions<MonitoringOptions> monitoring, SsoPeople people) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var auth = monitoring.Value.Auth;
        if (!auth.Oidc.TakesIssuerTokens) return AuthenticateResult.Fail("Tokens of an issuer are not taken here: Monitoring:Auth:Oidc:Audience is unset.");
        var read = await Context.AuthenticateAsync(AuthSchemes.IssuerJwt);
        if (!read.Succeeded) return read.None ? AuthenticateResult.Fail("No token.") : read;
        var outcome = await people.SignInAsync(read.Principal);
        return outcome.User is { } user
            ? AuthenticateResult.Success(new AuthenticationTicket(SessionClaims.For(user, Scheme.Name, auth), read.Properties, Scheme.Name))
            : AuthenticateResult.Fail($"The token's claims grant nothing here ({outcome.Refusal}).");
    }
}
