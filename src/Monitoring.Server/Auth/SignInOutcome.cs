namespace Monitoring.Server.Auth;

/// <summary>What checking a user name, password and code found; only <see cref="User"/> set means it passed.</summary>
/// <param name="CodeRequired">The password was right, but the person has a second factor and the code was missing or wrong.</param>
public sealed record SignInOutcome(MonitoringUser? User, DateTimeOffset? LockedUntil = null, bool CodeRequired = false)
{
    public static SignInOutcome Refused { get; } = new((MonitoringUser?)null);
}
