namespace Monitoring.Server.Auth;

/// <summary>What a sign-in through the issuer found: the person, or why not (one of <see cref="SsoRefusals"/>).</summary>
public sealed record SsoOutcome(MonitoringUser? User, string? Refusal = null);
