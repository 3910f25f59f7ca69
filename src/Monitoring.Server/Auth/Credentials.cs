using Microsoft.AspNetCore.Identity;

namespace Monitoring.Server.Auth;

/// <summary>
/// Checks a user name and password the one way both the page and the token endpoint do: failures count towards
/// lockout, and a wrong name, a wrong password, a disabled person and an ended grant all look the same to the caller.
/// </summary>
public sealed class Credentials(UserManager<MonitoringUser> users, SignInManager<MonitoringUser> signIn, TimeProvider time)
{
    public async Task<SignInOutcome> CheckAsync(string? userName, string? password)
    {
        if (string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password)) return SignInOutcome.Refused;
        var user = await users.FindByNameAsync(userName);
        if (user is null) return SignInOutcome.Refused;
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut) return new SignInOutcome(null, await users.GetLockoutEndDateAsync(user));
        return result.Succeeded && user.MaySignIn(time.GetUtcNow()) ? new SignInOutcome(user) : SignInOutcome.Refused;
    }
}
