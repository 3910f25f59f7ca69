using Microsoft.AspNetCore.Identity;
using Monitoring.Domain;

namespace Monitoring.Server.Auth;

/// <summary>
/// A password of printable characters only. The hash keys HMAC with the password, and HMAC pads a short key with zero
/// bytes: "secret" and "secret\0" would be the same password, and twelve NULs would pass for a long one.
/// </summary>
public sealed class PrintablePassword : IPasswordValidator<MonitoringUser>
{
    public static bool Accepts(string password) => TextRules.Problem("password", password) is null;

    public Task<IdentityResult> ValidateAsync(UserManager<MonitoringUser> manager, MonitoringUser user, string? password) =>
        Task.FromResult(password is null || Accepts(password) ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordUnprintable", Description = TextRules.Problem("password", password)! }));
}
