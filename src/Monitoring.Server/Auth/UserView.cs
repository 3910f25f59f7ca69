namespace Monitoring.Server.Auth;

/// <summary>A person as the admin API shows them; never a password or its hash.</summary>
public sealed record UserView(string UserName, string DisplayName, string Role, string? UnitId, string? Nrp, bool Disabled,
    bool MustChangePassword, DateTimeOffset? ExpiresAt, DateTimeOffset? LockedUntil, bool SecondFactor)
{
    public static UserView Of(MonitoringUser user, DateTimeOffset now) => new(user.UserName!, user.DisplayName ?? user.UserName!,
        user.Role, user.UnitId, user.Nrp, user.Disabled, user.MustChangePassword, user.ExpiresAt,
        user.LockoutEnd > now ? user.LockoutEnd : null, user.TwoFactorEnabled);
}
