namespace Monitoring.Server.Auth;

/// <summary>
/// The one default scheme, "monitoring", and where it forwards: an admin-issued API token and an access token both come
/// as <c>Authorization: Bearer</c> and are told apart by the API token's prefix; anything else is the page's cookie.
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

    public static string Select(HttpContext context)
    {
        var token = BearerHeader.Read(context.Request);
        if (token is null) return Cookie;
        return token.StartsWith(ApiTokenSecret.Prefix, StringComparison.Ordinal) ? ApiToken : CheckedAccessToken;
    }

    /// <summary>True when the request was signed in by the page's cookie, which a browser sends by itself.</summary>
    public static bool ByCookie(this System.Security.Claims.ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, AuthenticationType: Cookie };
}
