using Monitoring.Server.Audit;

namespace Monitoring.Server.Auth;

/// <summary>
/// The sign-in's lines, written by the sign-in itself: nobody is signed in on the request yet, and only the check knows
/// whether it passed, failed or locked the account. The target is the name that was tried, so that the lines about one
/// person's account are found by it.
/// </summary>
public static class SignInAudit
{
    public const string SignedIn = "auth.signin";
    public const string Failed = "auth.signin.failed";
    public const string Lockout = "auth.lockout";
    public const string SignedOut = "auth.signout";

    /// <param name="way">How the person signed in: the page's cookie or an access token.</param>
    public static void Record(HttpContext context, string? userName, SignInOutcome outcome, int status, string way)
    {
        var action = outcome.User is not null ? SignedIn : outcome.LockedUntil is not null ? Lockout : Failed;
        var detail = outcome.CodeRequired ? way + "; second factor missing or wrong"
            : status == StatusCodes.Status403Forbidden ? way + "; the password must be changed first" : way;
        var name = outcome.User?.UserName ?? userName ?? "";
        context.RequestServices.GetRequiredService<AuditTrail>()
            .Record(context, action, name, status, detail, userName: name, role: outcome.User?.Role ?? "");
    }

    /// <summary>A sign-in of the page through the issuer: the person, or the name they would have had and why it was refused.</summary>
    public static void Record(HttpContext context, SsoOutcome outcome)
    {
        var status = outcome.User is null ? StatusCodes.Status403Forbidden : StatusCodes.Status200OK;
        context.RequestServices.GetRequiredService<AuditTrail>().Record(context, outcome.User is null ? Failed : SignedIn, outcome.Name, status,
            outcome.Refusal is null ? "sso" : "sso; " + outcome.Refusal, userName: outcome.Name, role: outcome.User?.Role ?? "");
    }
}
