using Microsoft.AspNetCore.Identity;

namespace Monitoring.Server.Auth;

/// <summary>
/// Checks a user name, password and second-factor code the one way both the page and the token endpoint do: failures
/// (wrong codes too) count towards lockout, and a wrong name, a wrong password, a disabled person and an ended grant all
/// look the same to the caller, in what they say and in how long they take (<see cref="DecoyPassword"/>).
/// </summary>
public sealed class Credentials(UserManager<MonitoringUser> users, SignInManager<MonitoringUser> signIn, TimeProvider time, DecoyPassword decoy)
{
    public async Task<SignInOutcome> CheckAsync(string? userName, string? password, string? code)
    {
        if (string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password) || !PrintablePassword.Accepts(password)) return SignInOutcome.Refused;
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            decoy.Check(users.PasswordHasher, password);
            return SignInOutcome.Refused;
        }
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut) return await LockedAsync(user);
        if (!result.Succeeded || !user.MaySignIn(time.GetUtcNow())) return SignInOutcome.Refused;
        if (!user.TwoFactorEnabled) return new SignInOutcome(user);
        if (string.IsNullOrWhiteSpace(code)) return new SignInOutcome(null, CodeRequired: true);
        if (await SecondFactorAsync(user, code.Trim())) return new SignInOutcome(user);
        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user) ? await LockedAsync(user) : new SignInOutcome(null, CodeRequired: true);
    }

    /// <summary>Six digits are the authenticator's code; anything else may be one of the recovery codes, each good once.</summary>
    public async Task<bool> SecondFactorAsync(MonitoringUser user, string code)
    {
        var digits = code.Replace(" ", "", StringComparison.Ordinal);
        if (digits.Length == 6 && digits.All(char.IsAsciiDigit))
            return await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits);
        return (await users.RedeemTwoFactorRecoveryCodeAsync(user, code)).Succeeded;
    }

    private async Task<SignInOutcome> LockedAsync(MonitoringUser user) => new(null, await users.GetLockoutEndDateAsync(user));
}
