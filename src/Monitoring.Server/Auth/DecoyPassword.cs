using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Monitoring.Server.Auth;

/// <summary>
/// What a sign-in with an unknown user name checks its password against: a hash made by the same hasher, so that the
/// answer costs as long as for a known name with a wrong password. Without it an unknown name was answered at once and a
/// known one only after the hash, a difference a guesser could time to learn which names exist.
/// </summary>
public sealed class DecoyPassword
{
    private string? _hash;

    public void Check(IPasswordHasher<MonitoringUser> hasher, string password)
    {
        var nobody = new MonitoringUser();
        // Made on first use: a race makes two, each as good as the other.
        _hash ??= hasher.HashPassword(nobody, RandomNumberGenerator.GetHexString(32));
        hasher.VerifyHashedPassword(nobody, _hash, password);
    }
}
