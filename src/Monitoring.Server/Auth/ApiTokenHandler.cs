using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Monitoring.Server.Auth;

/// <summary>
/// <c>Authorization: Bearer mc110_…</c>: looked up by its hash on every request, so that a revoked token stops at once.
/// </summary>
public sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, PeopleDb db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = BearerHeader.Read(Request);
        if (secret is null || !secret.StartsWith(ApiTokenSecret.Prefix, StringComparison.Ordinal)) return AuthenticateResult.NoResult();
        var hash = ApiTokenSecret.Hash(secret);
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.Hash == hash, Context.RequestAborted);
        if (token is null || token.RevokedAt is not null) return AuthenticateResult.Fail("Unknown or revoked API token.");
        return AuthenticateResult.Success(new AuthenticationTicket(SessionClaims.For(token), Scheme.Name));
    }
}
