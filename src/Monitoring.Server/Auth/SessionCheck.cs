using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Monitoring.Server.Auth;

/// <summary>
/// Every cookie and access token is checked against the person as they are now, on every request: disabled, past the
/// grant's end or with a new security stamp (sessions revoked, password changed) it stops working at once, and a changed
/// role or unit applies at once. It is one lookup by primary key; a center where a revoked officer kept access for the
/// length of a validation interval would be worse. API tokens were looked up by their handler already.
/// </summary>
public sealed class SessionCheck(UserManager<MonitoringUser> users, TimeProvider time) : IClaimsTransformation
{
    private static readonly ClaimsPrincipal Nobody = new(new ClaimsIdentity());

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true, AuthenticationType: AuthSchemes.Cookie or AuthSchemes.AccessToken } identity)
            return principal;
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var user = id is null ? null : await users.FindByIdAsync(id);
        if (user is null || !user.MaySignIn(time.GetUtcNow()) || user.SecurityStamp != principal.FindFirstValue(SessionClaims.Stamp))
            return Nobody;
        return SessionClaims.For(user, identity.AuthenticationType!, SessionClaims.IsRestricted(user));
    }
}
