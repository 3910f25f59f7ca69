using System.Security.Claims;

namespace Monitoring.Server.Auth;

/// <summary>Builds the principal every sign-in carries (the claims of <see cref="MonitoringClaims"/>) from a person or a token.</summary>
public static class SessionClaims
{
    /// <summary>Identity's own claim type for the security stamp: a new stamp ends every session and access token.</summary>
    public const string Stamp = "AspNet.Identity.SecurityStamp";

    public const string TokenIdPrefix = "token:";

    /// <summary>A person who must first change the password, or enrol a second factor, holds no role until then, so
    /// nothing but /api/auth/* lets them in.</summary>
    public static ClaimsPrincipal For(MonitoringUser user, string scheme, AuthOptions auth)
    {
        var restricted = user.MustChangePassword || auth.MustEnrol(user);
        var identity = new ClaimsIdentity(scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.Id));
        identity.AddClaim(new Claim(ClaimTypes.Name, user.UserName!));
        if (!restricted) identity.AddClaim(new Claim(ClaimTypes.Role, user.Role));
        Add(identity, user.DisplayName ?? user.UserName, user.UnitId, user.Nrp);
        identity.AddClaim(new Claim(Stamp, user.SecurityStamp ?? ""));
        return new ClaimsPrincipal(identity);
    }

    public static ClaimsPrincipal For(ApiToken token)
    {
        var identity = new ClaimsIdentity(AuthSchemes.ApiToken, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, TokenIdPrefix + token.Id));
        identity.AddClaim(new Claim(ClaimTypes.Name, token.Name));
        identity.AddClaim(new Claim(ClaimTypes.Role, token.Role));
        Add(identity, token.Name, token.UnitId, nrp: null);
        return new ClaimsPrincipal(identity);
    }

    private static void Add(ClaimsIdentity identity, string? displayName, string? unit, string? nrp)
    {
        identity.AddClaim(new Claim(MonitoringClaims.DisplayName, displayName ?? ""));
        if (!string.IsNullOrEmpty(unit)) identity.AddClaim(new Claim(MonitoringClaims.Unit, unit));
        if (!string.IsNullOrEmpty(nrp)) identity.AddClaim(new Claim(MonitoringClaims.Nrp, nrp));
    }
}
