using System.Security.Claims;
using Monitoring.Domain;

namespace Monitoring.Server.Auth;

/// <summary>
/// The claims every sign-in carries, whichever way it came (cookie, access token, API token, OpenID Connect): the user
/// id (<see cref="ClaimTypes.NameIdentifier"/>), the user name (<see cref="ClaimTypes.Name"/>), one role
/// (<see cref="ClaimTypes.Role"/>), and these.
/// </summary>
public static class MonitoringClaims
{
    public const string DisplayName = "display_name";

    /// <summary>The unit the grant is scoped to; absent for unscoped roles.</summary>
    public const string Unit = "unit";

    /// <summary>Nomor Registrasi Pokok, the officer's registration number, when known.</summary>
    public const string Nrp = "nrp";

    public static string? Role(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role);

    public static string? UnitOf(this ClaimsPrincipal user) => user.FindFirstValue(Unit);

    /// <summary>The person every event they cause records: from the sign-in, never from a request's body.</summary>
    public static Person ToPerson(this ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue(DisplayName) is { Length: > 0 } name ? name : user.Identity?.Name ?? "",
        user.FindFirstValue(Nrp) is { Length: > 0 } nrp ? nrp : null,
        user.Role() ?? "");
}
