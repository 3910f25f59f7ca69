using Monitoring.Domain;
using Monitoring.Server.Audit;
using Microsoft.AspNetCore.Identity;
using Monitoring.Server.Http;

namespace Monitoring.Server.Auth;

/// <summary>Enrolling an authenticator app (TOTP, RFC 6238) with Identity's built-in provider.</summary>
public static class SecondFactorEndpoints
{
    public const string Issuer = "Monitoring Center 110";

    public const int RecoveryCodes = 10;

    public static RouteGroupBuilder MapSecondFactor(this RouteGroupBuilder auth)
    {
        auth.MapPost("/authenticator", StartAsync).RequireAuthorization().Audited("auth.authenticator.start")
            .WithSummary("A new authenticator key for the signed-in person; enabled once a code from it is verified.");
        auth.MapPost("/authenticator/verify", VerifyAsync).ReadsJson<AuthenticatorCode>().RequireAuthorization().Audited("auth.authenticator.verify")
            .WithSummary("Checks a code from the new key, turns the second factor on and answers the recovery codes.");
        return auth;
    }

    private static async Task<IResult> StartAsync(HttpContext context, UserManager<MonitoringUser> users)
    {
        var user = await users.PersonAsync(context.User);
        if (user is null) return Problems.Status(StatusCodes.Status403Forbidden, ErrorCodes.NotAPerson, SignedInPerson.NotAPerson);
        // Enrolled already: a new key would silently break the app in use; an admin's reset comes first.
        if (user.TwoFactorEnabled) return Problems.Status(StatusCodes.Status409Conflict, ErrorCodes.SecondFactorEnrolled, "A second factor is enrolled already.");
        await users.ResetAuthenticatorKeyAsync(user);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var renewed = await SessionRenewal.RenewAsync(context, user);
        var label = Uri.EscapeDataString($"{Issuer}:{user.UserName}");
        return TypedResults.Ok(new AuthenticatorSetup(key,
            $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6", renewed));
    }

    private static async Task<IResult> VerifyAsync(JsonBody<AuthenticatorCode> body, HttpContext context, UserManager<MonitoringUser> users)
    {
        var user = await users.PersonAsync(context.User);
        if (user is null) return Problems.Status(StatusCodes.Status403Forbidden, ErrorCodes.NotAPerson, SignedInPerson.NotAPerson);
        if (user.TwoFactorEnabled) return Problems.Status(StatusCodes.Status409Conflict, ErrorCodes.SecondFactorEnrolled, "A second factor is enrolled already.");
        var code = (body.Value.Code ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (await users.GetAuthenticatorKeyAsync(user) is null)
            return Problems.Field("code", ErrorCodes.AskFirst, "Ask for a key first: POST /api/auth/authenticator.");
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            return Problems.Field("code", ErrorCodes.WrongCode, "The code does not match the key: check the phone's clock and type the current code.");
        await users.SetTwoFactorEnabledAsync(user, true);
        var recovery = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodes))!.ToList();
        return TypedResults.Ok(new SecondFactorEnabled(recovery, await SessionRenewal.RenewAsync(context, user)));
    }
}
