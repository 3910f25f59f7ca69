using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Monitoring.Domain;
using Monitoring.Server.Audit;
using Monitoring.Server.Http;
using Monitoring.Server.Limits;

namespace Monitoring.Server.Auth;

/// <summary>
/// <c>/api/auth/passkey/*</c>: the page signs in with a passkey, to the same cookie session as with a password. No user
/// name is asked: the passkey names its person. It stands for both factors (something held, unlocked by a PIN or a
/// finger, and bound to this site so a look-alike site cannot use it), so no authenticator code is asked either.
/// </summary>
public static class PasskeySignInEndpoints
{
    public static RouteGroupBuilder MapPasskeySignIn(this RouteGroupBuilder auth)
    {
        auth.MapPost("/passkey/options", OptionsAsync).LimitedAsPasskeySignIn().AllowAnonymous()
            .WithSummary("The options for navigator.credentials.get(), as JSON for PublicKeyCredential.parseRequestOptionsFromJSON.");
        // Audited as a sign-in, like the password's: the handler writes its own line.
        auth.MapPost("/passkey/signin", SignInAsync).ReadsJson<PasskeyAssertion>().LimitedAsPasskeySignIn().AllowAnonymous()
            .Audited(SignInAudit.SignedIn)
            .WithSummary("Signs the page in with the session cookie, by the passkey the browser answered the options with.");
        return auth;
    }

    private static async Task<IResult> OptionsAsync(HttpContext context, IPasskeyHandler<MonitoringUser> passkeys, IOptions<MonitoringOptions> options)
    {
        if (!options.Value.Auth.LocalAccounts) return AuthProblems.LocalAccountsOff();
        // No person: the browser offers whichever of its passkeys for this site the person picks.
        var request = await passkeys.MakeRequestOptionsAsync(null, context);
        PasskeyState.Keep(context, PasskeyState.Request, request.AssertionState);
        return TypedResults.Text(request.RequestOptionsJson, "application/json");
    }

    private static async Task<IResult> SignInAsync(JsonBody<PasskeyAssertion> body, HttpContext context, IPasskeyHandler<MonitoringUser> passkeys,
        UserManager<MonitoringUser> users, TimeProvider time, IOptions<MonitoringOptions> options)
    {
        if (!options.Value.Auth.LocalAccounts) return AuthProblems.LocalAccountsOff();
        var state = PasskeyState.Take(context, PasskeyState.Request);
        if (body.Value.Credential is not { ValueKind: System.Text.Json.JsonValueKind.Object } credential)
        {
            SignInAudit.Record(context, null, SignInOutcome.Refused, StatusCodes.Status400BadRequest, "passkey; no credential");
            return Problems.Field("credential", ErrorCodes.Required, "The credential from navigator.credentials.get() is missing.");
        }
        var result = state is null ? null : await passkeys.PerformAssertionAsync(new PasskeyAssertionContext
        {
            HttpContext = context, CredentialJson = credential.GetRawText(), AssertionState = state,
        });
        var outcome = await OutcomeAsync(result, users, time);
        SignInAudit.Record(context, result?.User?.UserName, outcome,
            outcome.User is null ? StatusCodes.Status401Unauthorized : StatusCodes.Status200OK,
            result is { Succeeded: false } ? "passkey; " + result.Failure.Message : "passkey");
        if (outcome.User is not { } user) return outcome.LockedUntil is null ? PasskeyRefused() : AuthProblems.For(outcome);
        await users.AddOrUpdatePasskeyAsync(user, result!.Passkey!);   // its new signature count, against a cloned authenticator
        await context.SignInAsync(AuthSchemes.Cookie, SessionClaims.For(user, AuthSchemes.Cookie, options.Value.Auth));
        return TypedResults.Ok(new SignInResponse(user.MustChangePassword, options.Value.Auth.MustEnrol(user)));
    }

    /// <summary>A disabled person, an ended grant and a locked account are refused as a password sign-in refuses them; a
    /// person of the issuer's too (<see cref="MonitoringUser.SignsInHere"/>).</summary>
    private static async Task<SignInOutcome> OutcomeAsync(PasskeyAssertionResult<MonitoringUser>? result, UserManager<MonitoringUser> users,
        TimeProvider time)
    {
        if (result is not { Succeeded: true, User: var user }) return SignInOutcome.Refused;
        if (await users.IsLockedOutAsync(user)) return new SignInOutcome(null, await users.GetLockoutEndDateAsync(user));
        if (!user.MaySignIn(time.GetUtcNow()) || !user.SignsInHere) return SignInOutcome.Refused;
        await users.ResetAccessFailedCountAsync(user);
        return new SignInOutcome(user);
    }

    private static IResult PasskeyRefused() =>
        Problems.Status(StatusCodes.Status401Unauthorized, ErrorCodes.PasskeyRefused, "Passkey tidak diterima. / The passkey was not accepted.");
}
