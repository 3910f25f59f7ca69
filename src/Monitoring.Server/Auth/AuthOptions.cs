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

    /// <summary>What cannot work, each named by its key under <c>Monitoring:Auth</c>.</summary>
    public IEnumerable<string> Problems()
    {
        if (IdleTimeout <= TimeSpan.Zero) yield return "IdleTimeout must be positive";
        if (AccessTokenLifetime <= TimeSpan.Zero) yield return "AccessTokenLifetime must be positive";
        foreach (var role in SecondFactorRoles.Where(r => !Roles.IsKnown(r)))
            yield return $"TwoFactorRoles names the unknown role '{role}'; expected some of {string.Join(", ", Roles.All)}, or none";
        if (!string.IsNullOrEmpty(BootstrapAdminPassword) && BootstrapAdminPassword.Length < 12)
            yield return "BootstrapAdminPassword must have at least 12 characters";
    }

    /// <summary>True for a person whose role needs a second factor and who has none yet.</summary>
    public bool MustEnrol(MonitoringUser user) => !user.TwoFactorEnabled && SecondFactorRoles.Contains(user.Role);

    public IReadOnlySet<string> SecondFactorRoles =>
        TwoFactorRoles.Trim().Equals("none", StringComparison.OrdinalIgnoreCase) ? new HashSet<string>()
        : TwoFactorRoles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
