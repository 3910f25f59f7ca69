using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Monitoring.Domain.Interactions;
using Monitoring.Domain;
using Monitoring.Server.Http;

namespace Monitoring.Server.Auth;

/// <summary>The refusals of sign-in and of the people API, as problem details.</summary>
public static class AuthProblems
{
    /// <summary>Which of name and password was wrong is not said: that would tell a guesser which names exist.</summary>
    public static ProblemHttpResult Refused() =>
        Problems.Status(StatusCodes.Status401Unauthorized, ErrorCodes.WrongCredentials, "Nama pengguna atau kata sandi salah. / Wrong user name or password.");

    public static ProblemHttpResult Locked(DateTimeOffset until) =>
        Problems.Status(StatusCodes.Status401Unauthorized, ErrorCodes.LockedOut,
            $"Too many failed attempts: the account is locked until {until.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}.",
            new Dictionary<string, object?> { ["lockedUntil"] = until.UtcDateTime });

    public static ProblemHttpResult For(SignInOutcome outcome) =>
        outcome.LockedUntil is { } until ? Locked(until) : outcome.CodeRequired ? CodeRequired() : Refused();

    public static ProblemHttpResult CodeRequired() =>
        Problems.Status(StatusCodes.Status401Unauthorized, ErrorCodes.CodeRequired,
            "A code from the authenticator app, or one of the recovery codes, is required: it was missing or wrong.",
            new Dictionary<string, object?> { ["codeRequired"] = true });

    public static ProblemHttpResult MustChangePassword() =>
        Problems.Status(StatusCodes.Status403Forbidden, ErrorCodes.MustChangePassword,
            "The password must be changed first: sign in at /signin, or POST /api/auth/password with a session.",
            new Dictionary<string, object?> { ["mustChangePassword"] = true });

    /// <summary>Checked before the password, so that a center without local accounts counts no failures against anyone.</summary>
    public static ProblemHttpResult LocalAccountsOff() =>
        Problems.Status(StatusCodes.Status403Forbidden, ErrorCodes.LocalAccountsOff,
            "Password sign-in is turned off here (Monitoring:Auth:LocalAccounts=false): people sign in through the issuer at /signin/sso.");

    /// <summary>Identity's refusals by the field they concern: password rules name <paramref name="passwordField"/>.</summary>
    public static ValidationProblem Fields(IdentityResult result, string passwordField) =>
        Problems.Fields(result.Errors.Select(e =>
            e.Code.StartsWith("Password", StringComparison.Ordinal) ? new FieldError(passwordField, ErrorCodes.PasswordRule, e.Description)
            : e.Code.Contains("UserName", StringComparison.Ordinal) ? new FieldError("userName", ErrorCodes.UserNameRule, e.Description)
            : new FieldError("$", ErrorCodes.Refused, e.Description)));
}
