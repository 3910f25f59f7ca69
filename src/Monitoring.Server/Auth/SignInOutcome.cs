namespace Monitoring.Server.Auth;

/// <summary>What checking a user name and password found; only <see cref="User"/> set means it passed.</summary>
public sealed record SignInOutcome(MonitoringUser? User, DateTimeOffset? LockedUntil = null)
{
    public static SignInOutcome Refused { get; } = new((MonitoringUser?)null);
}
