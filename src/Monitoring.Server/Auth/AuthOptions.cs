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

    /// <summary>People sign in with a user name and password; false leaves only the issuer (<see cref="Oidc"/>). API tokens,
    /// which are machines', are not affected.</summary>
    public bool LocalAccounts { get; set; } = true;

    public OidcOptions Oidc { get; set; } = new();

    public PasskeyOptions Passkeys { get; set; } = new();

    /// <summary>What cannot work, each named by its key under <c>Monitoring:Auth</c>.</summary>
    public IEnumerable<string> Problems()
    {
        if (IdleTimeout <= TimeSpan.Zero) yield return "IdleTimeout must be positive";
        if (AccessTokenLifetime <= TimeSpan.Zero) yield return "AccessTokenLifetime must be positive";
        foreach (var role in SecondFactorRoles.Where(r => !Roles.IsKnown(r)))
            yield return $"TwoFactorRoles names the unknown role '{role}'; expected some of {string.Join(", ", Roles.All)}, or none";
        if (!string.IsNullOrEmpty(BootstrapAdminPassword) && BootstrapAdminPassword.Length < 12)
            yield return "BootstrapAdminPassword must have at least 12 characters";
        foreach (var problem in Oidc.Problems()) yield return "Oidc:" + problem;
        foreach (var problem in Passkeys.Problems()) yield return problem;
        if (!LocalAccounts && !Oidc.Enabled)
            yield return "LocalAccounts=false turns password sign-in off: Oidc:Authority is required, or no person could sign in";
    }

    /// <summary>True for a person whose role needs a second factor and who has none yet. A person who signs in through
    /// the issuer has no password here: the issuer asks for their second factor.</summary>
    public bool MustEnrol(MonitoringUser user) => user.PasswordHash is not null && !user.TwoFactorEnabled && SecondFactorRoles.Contains(user.Role);

    public IReadOnlySet<string> SecondFactorRoles =>
        TwoFactorRoles.Trim().Equals("none", StringComparison.OrdinalIgnoreCase) ? new HashSet<string>()
        : TwoFactorRoles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
