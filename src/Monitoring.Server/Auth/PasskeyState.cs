using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Monitoring.Server.Auth;

/// <summary>
/// What Identity's passkey handler needs again after the browser answered (the challenge, and for a registration the
/// person), kept between the two requests in a short-lived cookie the server alone can read. Not Identity's own keeping
/// (<c>SignInManager.MakePasskeyCreationOptionsAsync</c>): that signs in with Identity's cookie schemes, which this center
/// does not use. Each ceremony's state opens only for that ceremony, and the browser is told to drop it once used.
/// </summary>
public static class PasskeyState
{
    public const string Cookie = "mc110.passkey";

    public const string Creation = "creation";
    public const string Request = "request";

    /// <summary>Longer than Identity's default authenticator timeout (five minutes), so that a slow tap still finds it.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(6);

    public static void Keep(HttpContext context, string ceremony, string? state)
    {
        var sealedState = Protector(context, ceremony).Protect(state ?? "", Lifetime);
        context.Response.Cookies.Append(Cookie, sealedState, new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps, Path = "/api/auth", MaxAge = Lifetime,
        });
    }

    /// <summary>The state kept for this ceremony, or null (none, expired, tampered with, or another ceremony's); removed either way.</summary>
    public static string? Take(HttpContext context, string ceremony)
    {
        if (!context.Request.Cookies.TryGetValue(Cookie, out var sealedState)) return null;
        context.Response.Cookies.Delete(Cookie, new CookieOptions { Path = "/api/auth" });
        try
        {
            return Protector(context, ceremony).Unprotect(sealedState);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static ITimeLimitedDataProtector Protector(HttpContext context, string ceremony) =>
        context.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector("Monitoring.Passkey", ceremony).ToTimeLimitedDataProtector();
}
