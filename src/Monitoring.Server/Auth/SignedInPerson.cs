using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Monitoring.Server.Auth;

/// <summary>The person behind a request's principal; null for an API token, which is no person and has no password or second factor.</summary>
public static class SignedInPerson
{
    public const string NotAPerson = "An API token has no password or second factor: only a person signs in with those.";

    public static async Task<MonitoringUser?> PersonAsync(this UserManager<MonitoringUser> users, ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        return id is null || id.StartsWith(SessionClaims.TokenIdPrefix, StringComparison.Ordinal) ? null : await users.FindByIdAsync(id);
    }
}
