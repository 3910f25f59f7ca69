namespace Monitoring.Server.Auth;

/// <summary>The answer of <c>POST /api/auth/token</c>: send it as <c>Authorization: Bearer …</c> until it expires.</summary>
public sealed record IssuedAccessToken(string AccessToken, DateTimeOffset ExpiresAt);
