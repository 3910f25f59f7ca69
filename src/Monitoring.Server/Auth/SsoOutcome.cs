namespace Monitoring.Server.Auth;

/// <summary>What a sign-in through the issuer found: the person, or why not (one of <see cref="SsoRefusals"/>).</summary>
/// <param name="Name">The person's user name here, or the one they would have had: what the audit trail names.</param>
public sealed record SsoOutcome(MonitoringUser? User, string Name, string? Refusal = null);
