using Microsoft.AspNetCore.Identity;

namespace Monitoring.Server.Auth;

/// <summary>A person who signs in: one role, the unit it is scoped to, and what can stop the grant.</summary>
public sealed class MonitoringUser : IdentityUser
{
    public string Role { get; set; } = "";

    public string? UnitId { get; set; }

    public string? DisplayName { get; set; }

    /// <summary>Nomor Registrasi Pokok.</summary>
    public string? Nrp { get; set; }

    public bool Disabled { get; set; }

    /// <summary>Set by the first start and by an admin's reset: the person chooses a password before doing anything else.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The grant ends at this time (a temporary posting, a contractor); null never.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>A person of the issuer's (SSO) has no password here and signs in there, where the grant is taken afresh:
    /// a passkey here would go round the issuer, which may have ended the grant.</summary>
    public bool SignsInHere => PasswordHash is not null;

    public bool MaySignIn(DateTimeOffset now) => !Disabled && (ExpiresAt is null || ExpiresAt > now);
}
