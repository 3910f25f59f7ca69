namespace Monitoring.Server.Auth;

/// <summary>The body of <c>POST /api/auth/authenticator/verify</c>.</summary>
public sealed record AuthenticatorCode(string? Code);
