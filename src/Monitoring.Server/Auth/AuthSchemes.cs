namespace Monitoring.Server.Auth;

/// <summary>
/// The one default scheme, "monitoring", and where it forwards: an admin-issued API token, the center's access token and
/// the issuer's JWT all come as <c>Authorization: Bearer</c> and are told apart by their form; anything else is the
/// page's cookie.
/// </summary>
public static class AuthSchemes
{
    public const string Monitoring = "monitoring";

    public const string ApiToken = "mc110-token";

    /// <summary>Identity's <c>IdentityConstants.ApplicationScheme</c>, as a constant for patterns (a test holds them equal).</summary>
    public const string Cookie = "Identity.Application";

    /// <summary>Identity's <c>IdentityConstants.BearerScheme</c>: the built-in handler that reads access tokens.</summary>
    public const string AccessToken = "Identity.Bearer";

    /// <summary>What "monitoring" forwards an access token to: the built-in reading, then <see cref="SessionCheck"/>.</summary>
    public const string CheckedAccessToken = "mc110-access";

    /// <summary>Sign-in through the issuer of <c>Monitoring:Auth:Oidc</c>; registered only when configured.</summary>
    public const string Oidc = "oidc";

    /// <summary>The built-in JWT reading of the issuer's access tokens; registered only when <c>Oidc:Audience</c> is set.</summary>
    public const string IssuerJwt = "oidc-jwt";

    /// <summary>What "monitoring" forwards a JWT to: <see cref="IssuerJwt"/>, then the person by <see cref="SsoPeople"/>.</summary>
    public const string IssuerToken = "mc110-issuer";

    public static string Select(HttpContext context)
    {
        var token = BearerHeader.Read(context.Request);
        if (token is null) return Cookie;
        if (token.StartsWith(ApiTokenSecret.Prefix, StringComparison.Ordinal)) return ApiToken;
        // A signed JWT is three base64url parts joined by dots; the center's own access tokens are one, without dots.
        return token.Count(c => c == '.') == 2 ? IssuerToken : CheckedAccessToken;
    }

    /// <summary>True when the request was signed in by the page's cookie, which a browser sends by itself.</summary>
    public static bool ByCookie(this System.Security.Claims.ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, AuthenticationType: Cookie };
}
