using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Monitoring.Domain;
using Monitoring.Server.Audit;
using Monitoring.Server.Http;
using Monitoring.Server.Limits;

namespace Monitoring.Server.Auth;

/// <summary><c>/api/auth/*</c>: tokens, the page's sign-in and sign-out, who am I, and changing one's password.</summary>
public static class AuthEndpoints
{
    public static WebApplication MapAuth(this WebApplication app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Auth");
        // Audited as a sign-in: the handler writes its own line; a sign-in refused by the limits before it ran gets one too.
        auth.MapPost("/token", TokenAsync).ReadsJson<SignInRequest>().LimitedAsSignIn().AllowAnonymous().Audited(SignInAudit.SignedIn)
            .WithSummary("An access token for Authorization: Bearer, valid for Monitoring:Auth:AccessTokenLifetime.");
        auth.MapPost("/signin", SignInAsync).ReadsJson<SignInRequest>().LimitedAsSignIn().AllowAnonymous().Audited(SignInAudit.SignedIn)
            .WithSummary("Signs the page in with the session cookie.");
        auth.MapPost("/signout", (Delegate)SignOutAsync).RequireAuthorization().Audited(SignInAudit.SignedOut)
            .WithSummary("Ends every session and access token of the person signed in; an API token is revoked by an admin instead.");
        auth.MapGet("/me", MeAsync).RequireAuthorization()
            .WithSummary("Who is signed in, and the antiforgery token for X-CSRF-TOKEN.");
        auth.MapPost("/password", ChangePasswordAsync).ReadsJson<PasswordChange>().RequireAuthorization().Audited("auth.password");
        auth.MapGet("/methods", (IOptions<MonitoringOptions> options) =>
                TypedResults.Ok(new AuthMethods(options.Value.Auth.LocalAccounts, options.Value.Auth.Oidc.Enabled)))
            .AllowAnonymous().WithSummary("How people sign in here: with a password (localAccounts), through the issuer (sso), or both.");
        auth.MapSecondFactor();
        auth.MapPasskeys();
        auth.MapPasskeySignIn();
        app.MapSso();
        return app;
    }

    private static async Task<IResult> TokenAsync(JsonBody<SignInRequest> body, Credentials credentials, AccessTokens tokens, HttpContext context,
        IOptions<MonitoringOptions> options)
    {
        if (!options.Value.Auth.LocalAccounts) return AuthProblems.LocalAccountsOff();
        var outcome = await credentials.CheckAsync(body.Value.UserName, body.Value.Password, body.Value.Code);
        var mustChange = outcome.User?.MustChangePassword == true;
        SignInAudit.Record(context, body.Value.UserName, outcome,
            outcome.User is null ? StatusCodes.Status401Unauthorized : mustChange ? StatusCodes.Status403Forbidden : StatusCodes.Status200OK, "token");
        if (outcome.User is not { } user) return AuthProblems.For(outcome);
        if (mustChange) return AuthProblems.MustChangePassword();
        return TypedResults.Ok(tokens.Issue(user));
    }

    private static async Task<IResult> SignInAsync(JsonBody<SignInRequest> body, Credentials credentials, HttpContext context, TimeProvider time,
        IOptions<MonitoringOptions> options)
    {
        if (!options.Value.Auth.LocalAccounts) return AuthProblems.LocalAccountsOff();
        var outcome = await credentials.CheckAsync(body.Value.UserName, body.Value.Password, body.Value.Code);
        SignInAudit.Record(context, body.Value.UserName, outcome, outcome.User is null ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK, "page");
        if (outcome.User is not { } user) return AuthProblems.For(outcome);
        var properties = new AuthenticationProperties { IsPersistent = body.Value.Remember };
        if (body.Value.Remember && user.Role == Roles.Wall) properties.ExpiresUtc = time.GetUtcNow() + PeopleSetup.WallSession;
        await context.SignInAsync(AuthSchemes.Cookie, SessionClaims.For(user, AuthSchemes.Cookie, options.Value.Auth), properties);
        return TypedResults.Ok(new SignInResponse(user.MustChangePassword, options.Value.Auth.MustEnrol(user)));
    }

    /// <summary>
    /// An access token, like the cookie, holds all it needs and is checked against nothing but the person's record
    /// (<see cref="SessionCheck"/>): the one way to end it is a new security stamp, which ends every session of the person,
    /// on every device and every node. That is meant: signing out leaves no copy of the cookie or token that still works.
    /// </summary>
    private static async Task<IResult> SignOutAsync(HttpContext context, UserManager<MonitoringUser> users)
    {
        if (await users.PersonAsync(context.User) is { } user) await users.UpdateSecurityStampAsync(user);
        await context.SignOutAsync(AuthSchemes.Cookie);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> MeAsync(HttpContext context, UserManager<MonitoringUser> users, IAntiforgery antiforgery,
        IOptions<MonitoringOptions> options)
    {
        var principal = context.User;
        var antiforgeryToken = antiforgery.GetAndStoreTokens(context).RequestToken;
        if (principal.Identity?.AuthenticationType == AuthSchemes.ApiToken)
            return TypedResults.Ok(new MeView(principal.Identity.Name!, principal.FindFirstValue(MonitoringClaims.DisplayName) ?? "",
                principal.Role(), principal.UnitOf(), null, false, false, false, antiforgeryToken));
        var user = await users.PersonAsync(principal);
        if (user is null) return TypedResults.Unauthorized();
        return TypedResults.Ok(new MeView(user.UserName!, user.DisplayName ?? user.UserName!, user.Role, user.UnitId, user.Nrp,
            user.MustChangePassword, options.Value.Auth.MustEnrol(user), user.TwoFactorEnabled, antiforgeryToken));
    }

    private static async Task<IResult> ChangePasswordAsync(JsonBody<PasswordChange> body, HttpContext context,
        UserManager<MonitoringUser> users, SignInManager<MonitoringUser> signIn)
    {
        var user = await users.PersonAsync(context.User);
        if (user is null) return Problems.Status(StatusCodes.Status403Forbidden, ErrorCodes.NotAPerson, SignedInPerson.NotAPerson);
        var (current, next) = (body.Value.CurrentPassword ?? "", body.Value.NewPassword ?? "");
        // Checked like a sign-in, so that a left-open session cannot be used to guess the password without lockout.
        var check = await signIn.CheckPasswordSignInAsync(user, current, lockoutOnFailure: true);
        if (check.IsLockedOut) return AuthProblems.Locked((await users.GetLockoutEndDateAsync(user))!.Value);
        if (!check.Succeeded) return Problems.Field("currentPassword", ErrorCodes.WrongPassword, "The current password is wrong.");
        if (next == current) return Problems.Field("newPassword", ErrorCodes.SamePassword, "The new password must differ from the current one.");
        var changed = await users.ChangePasswordAsync(user, current, next);
        if (!changed.Succeeded) return AuthProblems.Fields(changed, "newPassword");
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        var renewed = await SessionRenewal.RenewAsync(context, user);
        return renewed is null ? TypedResults.NoContent() : TypedResults.Ok(renewed);
    }
}
