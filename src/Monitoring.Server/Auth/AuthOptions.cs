namespace Monitoring.Server.Auth;

/// <summary><c>Monitoring:Auth</c>: how people sign in.</summary>
public sealed class AuthOptions
{
    /// <summary>The first admin's password; unset means the center makes one, prints it once and asks for a new one.</summary>
    public string? BootstrapAdminPassword { get; set; }

    /// <summary>The roles that need a second factor, comma-separated; "none" asks it of nobody.</summary>
    public string TwoFactorRoles { get; set; } = $"{Roles.Admin},{Roles.Manager}";

    /// <summary>A page's sign-in ends after this long without a request.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>True for a person whose role needs a second factor and who has none yet.</summary>
    public bool MustEnrol(MonitoringUser user) => !user.TwoFactorEnabled && SecondFactorRoles.Contains(user.Role);

    public IReadOnlySet<string> SecondFactorRoles =>
        TwoFactorRoles.Trim().Equals("none", StringComparison.OrdinalIgnoreCase) ? new HashSet<string>()
        : TwoFactorRoles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
