using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Monitoring.Server.Auth;

/// <summary>
/// Every cookie and access token is checked against the person as they are now, on every request: disabled, past the
/// grant's end or with a new security stamp (sessions revoked, password changed) it stops working at once, and a changed
/// role or unit applies at once. It is one lookup by primary key; a center where a revoked officer kept access for the
/// length of a validation interval would be worse. API tokens are looked up by their own handler.
/// </summary>
public sealed class SessionCheck(UserManager<MonitoringUser> users, TimeProvider time, IOptions<MonitoringOptions> options)
{
    /// <summary>The principal rebuilt from the person's current record, or null when the session has ended.</summary>
    public async Task<ClaimsPrincipal?> RenewAsync(ClaimsPrincipal? principal, string scheme)
    {
        var id = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var user = id is null ? null : await users.FindByIdAsync(id);
        if (user is null || !user.MaySignIn(time.GetUtcNow()) || user.SecurityStamp != principal!.FindFirstValue(SessionClaims.Stamp))
            return null;
        return SessionClaims.For(user, scheme, options.Value.Auth);
    }
}
